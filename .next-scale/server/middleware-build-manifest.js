globalThis.__BUILD_MANIFEST = {
  "pages": {
    "/_app": []
  },
  "devFiles": [],
  "polyfillFiles": [
    "static/chunks/0cz1d0mv5g_q7.js"
  ],
  "lowPriorityFiles": [
    "static/9o7NtaU1pCKRy2drQW06O/_buildManifest.js",
    "static/9o7NtaU1pCKRy2drQW06O/_ssgManifest.js",
    "static/9o7NtaU1pCKRy2drQW06O/_clientMiddlewareManifest.js"
  ],
  "rootMainFiles": [
    "static/chunks/3llo80vhk598-.js",
    "static/chunks/0kz47uyznc_c4.js",
    "static/chunks/3r8x00hhy96us.js",
    "static/chunks/06prjx4mr521t.js",
    "static/chunks/turbopack-0lfodk6lztsz3.js"
  ],
  "rootMainFilesTree": {},
  "pagesChunkGroupBootstrapParams": {
    "/_not-found/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_global-error/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/[...rest]/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/places/[slug]/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/plan/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/red/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/staff/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/staff/corrections/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/staff/homestays/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/staff/homestays/[slug]/plaque/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/staff/homestays/village/[village]/plaques/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/staff/login/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/staff/places/[slug]/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/staff/places/[slug]/history/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/staff/places/new/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/[lang]/staff/users/page": {
      "otherChunks": [
        "static/chunks/3llo80vhk598-.js",
        "static/chunks/0kz47uyznc_c4.js",
        "static/chunks/3r8x00hhy96us.js",
        "static/chunks/06prjx4mr521t.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    }
  },
  "chunkLoadingGlobal": "TURBOPACK"
};
