import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a as e}from"./chunks/chunk-4C35CO6O.js";import"./chunks/chunk-E45KCNNS.js";import"./chunks/chunk-A675GJLN.js";import"./chunks/chunk-3KMBVJNY.js";import"./chunks/chunk-PKUC6RWN.js";import"./chunks/chunk-MH6N3BVM.js";import"./chunks/chunk-ICTAWGVE.js";import"./chunks/chunk-444W3X55.js";import"./chunks/chunk-UQLAQQ5Q.js";process.exitCode=await e(process.argv.slice(2));
