1:[["children",{"s":"__PAGE__","h":176}]]
0:{"b":"9o7NtaU1pCKRy2drQW06O","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
