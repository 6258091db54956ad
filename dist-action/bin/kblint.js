import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{d as e}from"./chunks/chunk-YYXC34LV.js";import"./chunks/chunk-IAAZJ7SV.js";import"./chunks/chunk-HHP4R5SG.js";import"./chunks/chunk-ZREHXRIG.js";import"./chunks/chunk-UQLAQQ5Q.js";process.exitCode=await e(process.argv.slice(2));
