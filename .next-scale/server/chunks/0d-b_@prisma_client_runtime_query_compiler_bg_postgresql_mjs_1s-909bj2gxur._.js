module.exports=[45435,a=>a.a(async(e,r)=>{try{var c=await a.y("@prisma/client-2c3a283f134fdcb6/runtime/query_compiler_bg.postgresql.mjs");a.n(c),r()}catch(a){r(a)}},!0)];

//# sourceMappingURL=0d-b_%40prisma_client_runtime_query_compiler_bg_postgresql_mjs_1s-909bj2gxur._.js.map