import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
import{a,b}from"./chunk-UJ6Y74IT.js";import"./chunk-67NNS2NW.js";import"./chunk-VQZY6J2K.js";import"./chunk-ZHJ7A23T.js";import"./chunk-XCLCTEV6.js";import"./chunk-5V4QFR6A.js";import"./chunk-C5BGX73W.js";import"./chunk-MH6N3BVM.js";import"./chunk-444W3X55.js";import"./chunk-UQLAQQ5Q.js";export{a as createJobSetup,b as runFileJob};
