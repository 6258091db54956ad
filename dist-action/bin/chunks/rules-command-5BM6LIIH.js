import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{h as n}from"./chunk-FIFBOKOI.js";import{z as e}from"./chunk-CKMJAZ43.js";import"./chunk-QDSJMRXM.js";import"./chunk-QWKYJDVS.js";import"./chunk-56FPOY7P.js";import"./chunk-HQTMBSUP.js";import"./chunk-6JCMZ3VD.js";import"./chunk-MMLHTV43.js";import"./chunk-MH6N3BVM.js";import"./chunk-L6QYWV4V.js";import"./chunk-ICTAWGVE.js";import"./chunk-PLEPHTJS.js";import"./chunk-TMAV5LOR.js";import"./chunk-ETNNKQUB.js";import"./chunk-3WYBB54R.js";import"./chunk-NRDNND2S.js";import"./chunk-ORFT3UKO.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";function m(a){let i=e.map(t=>({id:t.meta.id,defaultSeverity:t.meta.defaultSeverity,category:t.meta.category,description:t.meta.description,url:n(t.meta.id)}));if(a==="json")return`${JSON.stringify(i,null,2)}
`;let d=Math.max(...i.map(t=>t.id.length)),o=Math.max(...i.map(t=>t.defaultSeverity.length));return`${i.map(t=>`${t.id.padEnd(d)}  ${t.defaultSeverity.padEnd(o)}  ${t.description}`).join(`
`)}
`}export{m as listRules};
