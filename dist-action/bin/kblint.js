import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a as o}from"./chunks/chunk-DAOV4RZR.js";import"./chunks/chunk-E45KCNNS.js";import"./chunks/chunk-LM2WKEDJ.js";import"./chunks/chunk-3KMBVJNY.js";import"./chunks/chunk-KBWW77P2.js";import"./chunks/chunk-MH6N3BVM.js";import"./chunks/chunk-ICTAWGVE.js";import"./chunks/chunk-444W3X55.js";import"./chunks/chunk-UQLAQQ5Q.js";import{setFlagsFromString as s}from"node:v8";var n="--max-inlined-bytecode-size-cumulative=200";function p(e,t){return[...e,...(t??"").split(/\s+/)].some(i=>/inlin/.test(i))?[]:[n]}function r(){for(let e of p(process.execArgv,process.env.NODE_OPTIONS))s(e)}r();process.exitCode=await o(process.argv.slice(2));
