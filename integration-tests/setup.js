const { MetadataStorage } = require("@mikro-orm/core")
MetadataStorage.clear()
