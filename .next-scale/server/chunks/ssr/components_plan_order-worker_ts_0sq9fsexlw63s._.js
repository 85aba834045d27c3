module.exports=[94056,a=>{a.v("/_next/static/media/order-worker.26qmngp930_gx.ts"+(globalThis.NEXT_CLIENT_ASSET_SUFFIX||""))}];

//# sourceMappingURL=components_plan_order-worker_ts_0sq9fsexlw63s._.js.map