var R=require("../../../chunks/[turbopack]_runtime.js")("server/app/api/[...rest]/route.js")
R.c("server/chunks/[root-of-the-server]__0hwqk56noa6u6._.js")
R.c("server/chunks/[root-of-the-server]__1uv-wzynojl57._.js")
R.c("server/chunks/_0laucqbveotks._.js")
R.c("server/chunks/_next-internal_server_app_api_[___rest]_route_actions_1zy12cuowwfae.js")
R.m(35976)
module.exports=R.m(35976).exports
