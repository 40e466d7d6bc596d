  -- The manifest (Tiwizi's docs/plugins.md): what the plugin is, what it needs and what it reads.
  name = "{{name}}",
  version = "0.1.0",
  api = "{{api}}",
  description = {
    fr = "{{name}} : à décrire (ce que fait le plugin).",
    ar = "{{name}}: يُستكمل (ما تفعله الإضافة).",
    en = "{{name}}: to be described (what the plugin does).",
  },
  author = "{{author}}",
