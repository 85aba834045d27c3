module.exports=[19535,a=>a.a(async(b,c)=>{try{var d=await a.y("@prisma/client-2c3a283f134fdcb6/runtime/query_compiler_bg.sqlite.wasm-base64.mjs");a.n(d),c()}catch(a){c(a)}},!0)];

//# sourceMappingURL=0d-b_%40prisma_client_runtime_query_compiler_bg_sqlite_wasm-base64_mjs_01-tnmn7hi561._.js.map