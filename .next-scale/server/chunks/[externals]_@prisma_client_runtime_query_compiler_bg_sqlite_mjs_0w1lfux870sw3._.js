module.exports=[93775,a=>a.a(async(e,c)=>{try{var r=await a.y("@prisma/client-2c3a283f134fdcb6/runtime/query_compiler_bg.sqlite.mjs");a.n(r),c()}catch(a){c(a)}},!0)];

//# sourceMappingURL=%5Bexternals%5D_%40prisma_client_runtime_query_compiler_bg_sqlite_mjs_0w1lfux870sw3._.js.map