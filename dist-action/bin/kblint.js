import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{d as e}from"./chunks/chunk-MHZG4H3H.js";import"./chunks/chunk-ZHWZR6BO.js";import"./chunks/chunk-GHXEODYY.js";import"./chunks/chunk-5LKGYRXF.js";import"./chunks/chunk-444W3X55.js";import"./chunks/chunk-UQLAQQ5Q.js";process.exitCode=await e(process.argv.slice(2));
