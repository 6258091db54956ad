import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{c as m,d as a,g as c}from"./chunk-I565MZYD.js";import"./chunk-4QJOKUQQ.js";import{a as u}from"./chunk-3KMBVJNY.js";import"./chunk-CKMJAZ43.js";import"./chunk-QDSJMRXM.js";import"./chunk-QWKYJDVS.js";import"./chunk-56FPOY7P.js";import"./chunk-HQTMBSUP.js";import"./chunk-6JCMZ3VD.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-L6QYWV4V.js";import"./chunk-ICTAWGVE.js";import"./chunk-PLEPHTJS.js";import"./chunk-TMAV5LOR.js";import"./chunk-ETNNKQUB.js";import"./chunk-3WYBB54R.js";import"./chunk-NRDNND2S.js";import"./chunk-ORFT3UKO.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";import h from"node:path";function j(t,e){let d=h.resolve(e.cwd,t.history),s;try{let r=a(d,{create:!1});try{s=c(r)}finally{r.close()}}catch(r){throw r instanceof m?new u(r.message):r}if(t.format==="json")return e.stdout(`${JSON.stringify({version:1,history:t.history,audits:s},null,2)}
`),0;if(s.length===0)return e.stdout(`No audits stored in ${t.history}.
`),0;let n=["#","run at","as of","quarter","articles","fresh","stale","errors","dead links","kblint"],l=s.map(r=>[String(r.runId),r.createdAt.replace("T"," ").slice(0,19),r.now,r.quarter,String(r.figures.articles),`${r.figures.freshPercent}%`,`${r.figures.stalePercent}%`,String(r.figures.errors),String(r.figures.deadLinks),r.kblintVersion]),p=n.map((r,i)=>Math.max(r.length,...l.map(o=>o[i].length))),f=r=>r.map((i,o)=>i.padEnd(p[o])).join("  ").trimEnd();return e.stdout(`${[f(n),...l.map(f)].join(`
`)}
`),0}export{j as runHistory};
