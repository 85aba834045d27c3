module.exports=[20767,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_plan_page_actions_1ronwz1o_w8-t.js.map