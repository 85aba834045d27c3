module.exports=[47265,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_staff_places_new_page_actions_0m9wunvrj4e6u.js.map