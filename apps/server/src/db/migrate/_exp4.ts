import { PGlite } from "@electric-sql/pglite";
let t0 = Date.now();
const p = new PGlite(); await p.waitReady; console.log("pglite", Date.now() - t0);
t0 = Date.now(); const c = await p.clone(); console.log("clone", Date.now() - t0);
t0 = Date.now(); const blob = await p.dumpDataDir("none"); console.log("dump", Date.now() - t0, blob.size);
t0 = Date.now(); const p3 = new PGlite({ loadDataDir: blob }); await p3.waitReady; console.log("load", Date.now() - t0);
t0 = Date.now(); const p4 = new PGlite({ loadDataDir: blob }); await p4.waitReady; console.log("load2", Date.now() - t0);
console.log((await p4.query("select 1 as x")).rows);
