import { createRequire as __kblintCreateRequire } from 'node:module';
import { fileURLToPath as __kblintFileURLToPath } from 'node:url';
import { dirname as __kblintDirname } from 'node:path';
const require = __kblintCreateRequire(import.meta.url);
const __filename = __kblintFileURLToPath(import.meta.url);
const __dirname = __kblintDirname(__filename);
var o=["intercom","salesforce","helpscout","confluence","document360","freshdesk","zendesk"],n=["auto","markdown","html","listing","zendesk","helpscout","intercom","freshdesk","document360","salesforce","confluence"];function t(e){return o.includes(e??"")}var r=new Set([".md",".markdown",".mdown",".mkd"]);export{n as a,t as b,r as c};
