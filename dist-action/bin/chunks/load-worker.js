import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{A as o}from"./chunk-ZHWZR6BO.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";function t(a){return o(a)}export{t as default};
