module.exports=[71497,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_staff_login_page_actions_19ww_gpk58p12.js.map