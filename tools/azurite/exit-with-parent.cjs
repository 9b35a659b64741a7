// Loaded into Azurite with `node --require` by the local host: when the process that started Azurite is gone (the
// host stopped without stopping it, crashed or was killed), this process is re-parented and its parent id changes.
// Azurite then stops as it does on SIGTERM, closing its stores, and is forced out if that takes too long.
'use strict';

const parent = process.ppid;
const timer = setInterval(() => {
  if (process.ppid !== parent) {
    clearInterval(timer);
    setTimeout(() => process.exit(0), 5000).unref();
    process.kill(process.pid, 'SIGTERM');
  }
}, 500);
timer.unref();
