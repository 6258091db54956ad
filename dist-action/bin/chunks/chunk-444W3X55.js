import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{readFileSync as r}from"node:fs";function e(){for(let n of["../../../package.json","../../package.json"])try{let t=JSON.parse(r(new URL(n,import.meta.url),"utf8"));if(t.name==="kblint"&&t.version)return t.version}catch{}return"0.0.0"}var i=e(),s="https://github.com/kblint/kblint";export{i as a,s as b};
