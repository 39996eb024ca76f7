// Generated from the API's OpenAPI document by `npm run api-types`; do not edit.
// Regenerate: MOTHRA_WRITE_WEB_TYPES=1 cargo test --test api web_types

/** Each request schema's fields and their bounds, for forms' `maxlength`, `min` and `max`. */
export const FIELD_LIMITS = {
  "DataInterface": {
    "name": {
      "maxLength": 25
    }
  },
  "Domain": {
    "name": {
      "maxLength": 50
    }
  },
  "Grade": {
    "level": {
      "minimum": -1,
      "maximum": 12
    },
    "name": {
      "maxLength": 2
    }
  },
  "Location": {
    "abbreviation": {
      "maxLength": 2
    },
    "name": {
      "maxLength": 25
    }
  },
  "OrgType": {
    "name": {
      "maxLength": 50
    }
  },
  "Organization": {
    "name": {
      "maxLength": 50
    },
    "size": {
      "minimum": 0,
      "maximum": 2147483647
    }
  },
  "Product": {
    "name": {
      "maxLength": 100
    },
    "url": {
      "maxLength": 2000
    }
  },
  "Profile": {
    "github_id": {
      "maxLength": 39
    }
  },
  "Subject": {
    "icon": {
      "maxLength": 50
    },
    "name": {
      "maxLength": 25
    }
  },
  "Usage": {
    "rating": {
      "minimum": 1,
      "maximum": 5
    }
  },
  "UsageType": {
    "name": {
      "maxLength": 25
    }
  },
  "User": {
    "email": {
      "maxLength": 254
    },
    "first_name": {
      "maxLength": 150
    },
    "last_name": {
      "maxLength": 150
    },
    "username": {
      "maxLength": 150
    }
  }
} as const;
