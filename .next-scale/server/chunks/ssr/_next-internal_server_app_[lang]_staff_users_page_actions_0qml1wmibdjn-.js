module.exports=[71572,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_staff_users_page_actions_0qml1wmibdjn-.js.map