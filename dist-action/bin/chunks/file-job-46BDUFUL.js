import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{O as a,P as b}from"./chunk-HHP4R5SG.js";import"./chunk-ZREHXRIG.js";import"./chunk-UQLAQQ5Q.js";export{a as createJobSetup,b as runFileJob};
