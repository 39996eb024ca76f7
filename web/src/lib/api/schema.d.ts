// Generated from the API's OpenAPI document by `npm run api-types`; do not edit.
// Regenerate: MOTHRA_WRITE_WEB_TYPES=1 cargo test --test api web_types

export interface paths {
    "/api/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every collection and its URL */
        get: operations["api_index"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: starts a session (cookie) and returns the member */
        post: operations["auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session everywhere */
        post: operations["auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password (other sessions and the API token end, unless the token made the request) */
        post: operations["auth_password_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password reset link by email (the answer is the same whether or not the address is known) */
        post: operations["auth_password_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/reset/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a reset or invitation link can still set a password (changes nothing) */
        get: operations["auth_password_reset_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset or invitation link's token (every session and the API token end) */
        post: operations["auth_password_reset_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether first-run setup is needed (no user exists) */
        get: operations["auth_setup"];
        put?: never;
        /** First-run setup: creates the first staff member and signs them in */
        post: operations["auth_setup_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the member has an API token (never the key) */
        get: operations["auth_token"];
        put?: never;
        /** Create or rotate the member's API token; the key is shown only here */
        post: operations["auth_token_create"];
        /** Revoke the member's API token */
        delete: operations["auth_token_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compare/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Two to four products side by side, over all reviews or a cohort of organizations
         * @description Per product, in the order asked: NPS, review count, rating distribution, how many organizations use it and how many stopped (deprecated), usage types, and the data interfaces for data in (`how_push`) and out (`how_pull`) with counts, all over the cohort's reviews; `overall` gives the NPS and review count over every review. A product that does not exist is a 400.
         */
        get: operations["compare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data_interfaces.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export data interfaces as CSV
         * @description Permission: Any signed-in member.
         */
        get: operations["data_interfaces_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data_interfaces/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List data interfaces
         * @description Permission: Any signed-in member.
         */
        get: operations["data_interfaces_list"];
        put?: never;
        /**
         * Create a data interface
         * @description Permission: Staff only.
         */
        post: operations["data_interfaces_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data_interfaces/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The data interface's id. */
                id: number;
            };
            cookie?: never;
        };
        /**
         * Read a data interface
         * @description Permission: Any signed-in member.
         */
        get: operations["data_interfaces_retrieve"];
        /**
         * Replace a data interface (required fields required)
         * @description Permission: Staff only.
         */
        put: operations["data_interfaces_update"];
        post?: never;
        /**
         * Delete a data interface
         * @description Permission: Staff only.
         */
        delete: operations["data_interfaces_destroy"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a data interface
         * @description Permission: Staff only.
         */
        patch: operations["data_interfaces_partial_update"];
        trace?: never;
    };
    "/api/data-flows/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per product, the data interfaces members use for data in and out, with counts
         * @description Products (of `domain`, when given) that some review still in use (not deprecated) says how data goes in or out of, by name, a page at a time as the collections page (`count`, `next`, `previous`, `results`). A domain that does not exist is a 400.
         */
        get: operations["data_flows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domains.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export domains as CSV
         * @description Permission: Any signed-in member.
         */
        get: operations["domains_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domains/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List domains
         * @description Permission: Any signed-in member.
         */
        get: operations["domains_list"];
        put?: never;
        /**
         * Create a domain
         * @description Permission: Staff only.
         */
        post: operations["domains_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domains/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain's id. */
                id: number;
            };
            cookie?: never;
        };
        /**
         * Read a domain
         * @description Permission: Any signed-in member.
         */
        get: operations["domains_retrieve"];
        /**
         * Replace a domain (required fields required)
         * @description Permission: Staff only.
         */
        put: operations["domains_update"];
        post?: never;
        /**
         * Delete a domain
         * @description Permission: Staff only.
         */
        delete: operations["domains_destroy"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a domain
         * @description Permission: Staff only.
         */
        patch: operations["domains_partial_update"];
        trace?: never;
    };
    "/api/grades.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export grades as CSV
         * @description Permission: Any signed-in member.
         */
        get: operations["grades_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grades/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List grades
         * @description Permission: Any signed-in member.
         */
        get: operations["grades_list"];
        put?: never;
        /**
         * Create a grade
         * @description Permission: Staff only.
         */
        post: operations["grades_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grades/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The grade's id. */
                id: number;
            };
            cookie?: never;
        };
        /**
         * Read a grade
         * @description Permission: Any signed-in member.
         */
        get: operations["grades_retrieve"];
        /**
         * Replace a grade (required fields required)
         * @description Permission: Staff only.
         */
        put: operations["grades_update"];
        post?: never;
        /**
         * Delete a grade
         * @description Permission: Staff only.
         */
        delete: operations["grades_destroy"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a grade
         * @description Permission: Staff only.
         */
        patch: operations["grades_partial_update"];
        trace?: never;
    };
    "/api/history/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's changes across products, organizations and reviews
         * @description The changes a member made, newest first, each naming its record (`collection`, `record`, `record_name`). A member sees only their own (`user` = their id; anything else is a 403); staff see anyone's.
         */
        get: operations["history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/locations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export locations as CSV
         * @description Permission: Any signed-in member.
         */
        get: operations["locations_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/locations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List locations
         * @description Permission: Any signed-in member.
         */
        get: operations["locations_list"];
        put?: never;
        /**
         * Create a location
         * @description Permission: Staff only.
         */
        post: operations["locations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/locations/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location's id. */
                id: number;
            };
            cookie?: never;
        };
        /**
         * Read a location
         * @description Permission: Any signed-in member.
         */
        get: operations["locations_retrieve"];
        /**
         * Replace a location (required fields required)
         * @description Permission: Staff only.
         */
        put: operations["locations_update"];
        post?: never;
        /**
         * Delete a location
         * @description Permission: Staff only.
         */
        delete: operations["locations_destroy"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a location
         * @description Permission: Staff only.
         */
        patch: operations["locations_partial_update"];
        trace?: never;
    };
    "/api/me/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in member: user, profile, organization */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Save the signed-in member's own names, email and GitHub id in one request (or leave their organization with `organization: null`)
         * @description Permission: any signed-in member, for themselves. `username`, `is_staff` and `is_active` stay staff-only (403 when changed); nobody joins an existing organization by editing their own profile (403): membership comes from staff, an invitation or creating a new organization.
         */
        patch: operations["me_partial_update"];
        trace?: never;
    };
    "/api/moves/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The largest moves between products, from the reviews that name a replacement
         * @description Pairs of products (the one left, `from`, and the one chosen instead, `to`) with how many reviews made that move and the latest date of them, most reviews first, a page at a time as the collections page (`count`, `next`, `previous`, `results`). With `domain`, the moves leaving or reaching one of its products. A domain that does not exist is a 400.
         */
        get: operations["moves"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["openapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export organizations as CSV
         * @description Permission: Any signed-in member.
         */
        get: operations["organizations_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description Permission: Any signed-in member.
         */
        get: operations["organizations_list"];
        put?: never;
        /**
         * Create a organization
         * @description Permission: Any signed-in member.
         */
        post: operations["organizations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization's id. */
                id: number;
            };
            cookie?: never;
        };
        /**
         * Read a organization
         * @description Permission: Any signed-in member.
         */
        get: operations["organizations_retrieve"];
        /**
         * Replace a organization (required fields required)
         * @description Permission: Staff, or the member the record belongs to.
         */
        put: operations["organizations_update"];
        post?: never;
        /**
         * Delete a organization
         * @description Permission: Staff only.
         */
        delete: operations["organizations_destroy"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a organization
         * @description Permission: Staff, or the member the record belongs to.
         */
        patch: operations["organizations_partial_update"];
        trace?: never;
    };
    "/api/organizations/{id}/data-flows/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An organization's products in use against the data interfaces, for data in and out
         * @description From the organization's reviews that are not deprecated: per product (by name), the data interfaces for data in (`how_push`) and out (`how_pull`) with how many reviews name each; `interfaces` lists every interface used, by name (the matrix's columns). Takes no query parameters.
         */
        get: operations["organizations_data_flows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/history/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed in a record: who changed which field from what to what, and when
         * @description Every change the database recorded for the record, newest first, paged as the collections are. A creation or a deletion is one entry whose `new` or `old` is the whole record; an update is one entry per changed field (an organization's `grades` and `locations` are fields too). Written by the database in the same transaction as the change, whatever wrote it. Readable by every signed-in member while the record exists; a deleted record's history by staff only (404 to others).
         */
        get: operations["organizations_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgtypes.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export orgtypes as CSV
         * @description Permission: Any signed-in member.
         */
        get: operations["orgtypes_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgtypes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orgtypes
         * @description Permission: Any signed-in member.
         */
        get: operations["orgtypes_list"];
        put?: never;
        /**
         * Create a org type
         * @description Permission: Staff only.
         */
        post: operations["orgtypes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgtypes/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The org type's id. */
                id: number;
            };
            cookie?: never;
        };
        /**
         * Read a org type
         * @description Permission: Any signed-in member.
         */
        get: operations["orgtypes_retrieve"];
        /**
         * Replace a org type (required fields required)
         * @description Permission: Staff only.
         */
        put: operations["orgtypes_update"];
        post?: never;
        /**
         * Delete a org type
         * @description Permission: Staff only.
         */
        delete: operations["orgtypes_destroy"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a org type
         * @description Permission: Staff only.
         */
        patch: operations["orgtypes_partial_update"];
        trace?: never;
    };
    "/api/products.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export products as CSV
         * @description Permission: Any signed-in member.
         */
        get: operations["products_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description Permission: Any signed-in member.
         */
        get: operations["products_list"];
        put?: never;
        /**
         * Create a product
         * @description Permission: Any signed-in member.
         */
        post: operations["products_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product's id. */
                id: number;
            };
            cookie?: never;
        };
        /**
         * Read a product
         * @description Permission: Any signed-in member.
         */
        get: operations["products_retrieve"];
        /**
         * Replace a product (required fields required)
         * @description Permission: Any signed-in member.
         */
        put: operations["products_update"];
        post?: never;
        /**
         * Delete a product
         * @description Permission: Staff only.
         */
        delete: operations["products_destroy"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a product
         * @description Permission: Any signed-in member.
         */
        patch: operations["products_partial_update"];
        trace?: never;
    };
    "/api/products/{id}/alternatives/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Other products of a product's domain, ranked by NPS among organizations like the viewer's
         * @description Products of the same domain; those sharing the product's subject (when it has one) first, then those with at least 3 reviews in the cohort, by NPS over the cohort (highest first), review count and name. Fewer than 3 reviews in the cohort: `too_few_reviews` is true (and the product ranks after those with enough). The cohort: the cohort parameters when given; else the viewer's organization's type and states (`cohort.like_organization`), unless `cohort=all`.
         */
        get: operations["products_alternatives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}/history/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed in a record: who changed which field from what to what, and when
         * @description Every change the database recorded for the record, newest first, paged as the collections are. A creation or a deletion is one entry whose `new` or `old` is the whole record; an update is one entry per changed field (an organization's `grades` and `locations` are fields too). Written by the database in the same transaction as the change, whatever wrote it. Readable by every signed-in member while the record exists; a deleted record's history by staff only (404 to others).
         */
        get: operations["products_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}/moves/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where organizations moved: from this product to others, and to it from others
         * @description From the reviews that name a replacement (`replaced_by`, set when a review is deprecated): `moved_to` groups this product's reviews by the product that replaced it, `moved_from` groups the reviews naming this product as their replacement by the product they left. Each with the number of reviews and `last_at`, the latest date of them (the date the product was dropped, else the day the review was last written); most reviews first. Takes no query parameters.
         */
        get: operations["products_moves"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}/stats/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product's id. */
                id: number;
            };
            cookie?: never;
        };
        /** A product's figures: NPS, rating distribution, organizations using it, over all reviews or a cohort of organizations */
        get: operations["products_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export profiles as CSV
         * @description Permission: Any signed-in member.
         */
        get: operations["profiles_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List profiles
         * @description Permission: Any signed-in member.
         */
        get: operations["profiles_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The profile's id. */
                id: number;
            };
            cookie?: never;
        };
        /**
         * Read a profile
         * @description Permission: Any signed-in member.
         */
        get: operations["profiles_retrieve"];
        /**
         * Replace a profile (required fields required)
         * @description Permission: Staff, or the member the record belongs to. Guarded fields (403 when refused): `organization`: You cannot join an organization by editing your profile. Ask one of its members to invite you, or create a new organization.
         */
        put: operations["profiles_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of a profile
         * @description Permission: Staff, or the member the record belongs to. Guarded fields (403 when refused): `organization`: You cannot join an organization by editing your profile. Ask one of its members to invite you, or create a new organization.
         */
        patch: operations["profiles_partial_update"];
        trace?: never;
    };
    "/api/subjects.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export subjects as CSV
         * @description Permission: Any signed-in member.
         */
        get: operations["subjects_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subjects/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subjects
         * @description Permission: Any signed-in member.
         */
        get: operations["subjects_list"];
        put?: never;
        /**
         * Create a subject
         * @description Permission: Staff only.
         */
        post: operations["subjects_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subjects/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subject's id. */
                id: number;
            };
            cookie?: never;
        };
        /**
         * Read a subject
         * @description Permission: Any signed-in member.
         */
        get: operations["subjects_retrieve"];
        /**
         * Replace a subject (required fields required)
         * @description Permission: Staff only.
         */
        put: operations["subjects_update"];
        post?: never;
        /**
         * Delete a subject
         * @description Permission: Staff only.
         */
        delete: operations["subjects_destroy"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a subject
         * @description Permission: Staff only.
         */
        patch: operations["subjects_partial_update"];
        trace?: never;
    };
    "/api/usages.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export usages as CSV
         * @description Permission: Any signed-in member.
         */
        get: operations["usages_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/usages/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List usages
         * @description Permission: Any signed-in member.
         */
        get: operations["usages_list"];
        put?: never;
        /**
         * Create a usage
         * @description Permission: Any signed-in member. Guarded fields (403 when refused): `organization`: You can only review for your own organization. Staff can record a review for any organization.
         */
        post: operations["usages_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/usages/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The usage's id. */
                id: number;
            };
            cookie?: never;
        };
        /**
         * Read a usage
         * @description Permission: Any signed-in member.
         */
        get: operations["usages_retrieve"];
        /**
         * Replace a usage (required fields required)
         * @description Permission: Staff, or the member the record belongs to. Guarded fields (403 when refused): `organization`: You can only review for your own organization. Staff can record a review for any organization.
         */
        put: operations["usages_update"];
        post?: never;
        /**
         * Delete a usage
         * @description Permission: Staff, or the member the record belongs to.
         */
        delete: operations["usages_destroy"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a usage
         * @description Permission: Staff, or the member the record belongs to. Guarded fields (403 when refused): `organization`: You can only review for your own organization. Staff can record a review for any organization.
         */
        patch: operations["usages_partial_update"];
        trace?: never;
    };
    "/api/usages/{id}/history/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed in a record: who changed which field from what to what, and when
         * @description Every change the database recorded for the record, newest first, paged as the collections are. A creation or a deletion is one entry whose `new` or `old` is the whole record; an update is one entry per changed field (an organization's `grades` and `locations` are fields too). Written by the database in the same transaction as the change, whatever wrote it. Readable by every signed-in member while the record exists; a deleted record's history by staff only (404 to others).
         */
        get: operations["usages_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/usagetypes.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export usagetypes as CSV
         * @description Permission: Any signed-in member.
         */
        get: operations["usagetypes_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/usagetypes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List usagetypes
         * @description Permission: Any signed-in member.
         */
        get: operations["usagetypes_list"];
        put?: never;
        /**
         * Create a usage type
         * @description Permission: Staff only.
         */
        post: operations["usagetypes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/usagetypes/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The usage type's id. */
                id: number;
            };
            cookie?: never;
        };
        /**
         * Read a usage type
         * @description Permission: Any signed-in member.
         */
        get: operations["usagetypes_retrieve"];
        /**
         * Replace a usage type (required fields required)
         * @description Permission: Staff only.
         */
        put: operations["usagetypes_update"];
        post?: never;
        /**
         * Delete a usage type
         * @description Permission: Staff only.
         */
        delete: operations["usagetypes_destroy"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a usage type
         * @description Permission: Staff only.
         */
        patch: operations["usagetypes_partial_update"];
        trace?: never;
    };
    "/api/users.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export users as CSV
         * @description Permission: Any signed-in member.
         */
        get: operations["users_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Permission: Any signed-in member.
         */
        get: operations["users_list"];
        put?: never;
        /**
         * Invite a member: creates an inactive user and emails them a link to choose a password
         * @description Permission: staff, into any organization (or none, `is_staff` allowed); a member, only into their own organization (the default when `organization` is left out).
         */
        post: operations["users_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id. */
                id: number;
            };
            cookie?: never;
        };
        /**
         * Read a user
         * @description Permission: Any signed-in member.
         */
        get: operations["users_retrieve"];
        /**
         * Replace a user (required fields required)
         * @description Permission: Staff only. Guarded fields (403 when refused): `username`: Only staff may change a username.; `is_staff`: Only staff may change is_staff.; `is_active`: Only staff may change is_active.
         */
        put: operations["users_update"];
        post?: never;
        /**
         * Delete a user
         * @description Permission: Staff only.
         */
        delete: operations["users_destroy"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a user
         * @description Permission: Staff only. Guarded fields (403 when refused): `username`: Only staff may change a username.; `is_staff`: Only staff may change is_staff.; `is_active`: Only staff may change is_active.
         */
        patch: operations["users_partial_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Alternatives: {
            /** @description The cohort the NPS is computed over (nulls: no condition). */
            cohort: {
                grades?: number[] | null;
                /** @description The viewer's organization, when the cohort is organizations like it. */
                like_organization?: number | null;
                locations?: number[] | null;
                org_types?: number[] | null;
                size_max?: number | null;
                size_min?: number | null;
            };
            product: number;
            results: {
                id: number;
                name: string;
                /** @description As the product figures compute it; null without reviews. */
                nps: number | null;
                review_count: number;
                same_subject: boolean;
                subject: number | null;
                too_few_reviews: boolean;
            }[];
            /** @description Fewer reviews than this in the cohort: `too_few_reviews`. */
            threshold: number;
        };
        Change: {
            /** @enum {string} */
            action: "created" | "updated" | "deleted";
            /** @description The member who made the change; null when it was made outside the API (a script) or the member was deleted. */
            actor: {
                id: number;
                username: string;
            } | null;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            collection: "products" | "organizations" | "usages";
            /** @description The changed field of an update, as the collection names it; null for a creation or deletion. */
            field: string | null;
            id: number;
            /** @description The value after; for a creation, the whole record; null for a deletion. */
            new: unknown;
            /** @description The value before; for a deletion, the whole record (field → value); null for a creation. */
            old: unknown;
            /** @description The record's id. */
            record: number;
            /** @description The record's name now (a review's: organization - product); null once deleted. */
            record_name: string | null;
        };
        ChangePage: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["Change"][];
        };
        Comparison: {
            products: {
                data_in: {
                    count: number;
                    id: number;
                    name: string;
                }[];
                data_out: {
                    count: number;
                    id: number;
                    name: string;
                }[];
                /** @description Reviews saying the organization stopped using it. */
                deprecated_count: number;
                domain: number;
                id: number;
                name: string;
                /** @description As the product figures compute it; null without reviews. */
                nps: number | null;
                organization_count: number;
                /** @description Over every review, whatever the cohort. */
                overall: {
                    /** @description As the product figures compute it; null without reviews. */
                    nps: number | null;
                    review_count: number;
                };
                ratings: {
                    1: number;
                    2: number;
                    3: number;
                    4: number;
                    5: number;
                };
                review_count: number;
                subject: number | null;
                usage_types: {
                    count: number;
                    id: number;
                    name: string;
                }[];
            }[];
        };
        Conflict: {
            detail: string;
            /** @description Referencing collection → number of records. */
            referenced_by?: {
                [key: string]: number;
            };
        };
        DataFlow: {
            data_in: {
                count: number;
                id: number;
                name: string;
            }[];
            data_out: {
                count: number;
                id: number;
                name: string;
            }[];
            domain: number;
            id: number;
            name: string;
            /** @description Reviews still in use counted. */
            review_count: number;
        };
        DataFlowPage: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["DataFlow"][];
        };
        DataInterface: {
            /** Format: date-time */
            readonly created_at: string;
            readonly id: number;
            name: string;
            permissions: components["schemas"]["RecordPermissions"];
            /** Format: date-time */
            readonly updated_at: string;
        };
        DataInterfaceRequest: {
            name: string;
        };
        Detail: {
            detail: string;
        };
        Domain: {
            color: string;
            /** Format: date-time */
            readonly created_at: string;
            readonly id: number;
            name: string;
            permissions: components["schemas"]["RecordPermissions"];
            /** Format: date-time */
            readonly updated_at: string;
        };
        DomainRequest: {
            color?: string;
            name: string;
        };
        Error: {
            detail: string;
        };
        Grade: {
            /** Format: date-time */
            readonly created_at: string;
            readonly id: number;
            level: number;
            name: string;
            permissions: components["schemas"]["RecordPermissions"];
            /** Format: date-time */
            readonly updated_at: string;
        };
        GradeRequest: {
            level: number;
            name: string;
        };
        Invitation: {
            /** Format: email */
            email: string;
            first_name?: string;
            /** @description Staff only. */
            is_staff?: boolean;
            last_name?: string;
            /** @description The organization the new member joins; a member may only name their own, the default. */
            organization?: number | null;
            username: string;
        };
        Location: {
            abbreviation: string;
            /** Format: date-time */
            readonly created_at: string;
            readonly id: number;
            name: string;
            permissions: components["schemas"]["RecordPermissions"];
            /** Format: date-time */
            readonly updated_at: string;
        };
        LocationRequest: {
            abbreviation: string;
            name: string;
        };
        Me: {
            organization: Record<string, never> | null;
            profile: Record<string, never>;
            user: Record<string, never>;
        };
        Move: {
            count: number;
            from: {
                id: number;
                name: string;
            };
            /**
             * Format: date
             * @description The latest of the move's reviews: the date the product was dropped, else the day the review was last written.
             */
            last_at: string;
            to: {
                id: number;
                name: string;
            };
        };
        MovePage: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["Move"][];
        };
        NewToken: {
            /** Format: date-time */
            created: string;
            /** @description The key: send it as `Authorization: Token <key>`. Shown only once. */
            token: string;
        };
        Organization: {
            /** Format: date-time */
            readonly created_at: string;
            /** @description Lowest and highest grade, e.g. `K-8`; null without grades. */
            readonly grade_range: string | null;
            /** @description Ids of records of `grades`. */
            grades: number[];
            readonly id: number;
            /** @description Ids of records of `locations`. */
            locations: number[];
            name: string;
            /** @description Id of a record of `orgtypes`. */
            org_type: number;
            permissions: components["schemas"]["RecordPermissions"];
            size: number | null;
            /** Format: date-time */
            readonly updated_at: string;
        };
        OrganizationDataFlows: {
            interfaces: {
                id: number;
                name: string;
            }[];
            organization: number;
            products: components["schemas"]["DataFlow"][];
        };
        OrganizationRequest: {
            /** @description Ids of records of `grades`. */
            grades?: number[];
            /** @description Ids of records of `locations`. */
            locations?: number[];
            name: string;
            /** @description Id of a record of `orgtypes`. */
            org_type: number;
            size?: number | null;
        };
        OrgType: {
            /** Format: date-time */
            readonly created_at: string;
            readonly id: number;
            name: string;
            permissions: components["schemas"]["RecordPermissions"];
            /** Format: date-time */
            readonly updated_at: string;
        };
        OrgTypeRequest: {
            name: string;
        };
        PaginatedDataInterfaceList: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["DataInterface"][];
        };
        PaginatedDomainList: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["Domain"][];
        };
        PaginatedGradeList: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["Grade"][];
        };
        PaginatedLocationList: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["Location"][];
        };
        PaginatedOrganizationList: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["Organization"][];
        };
        PaginatedOrgTypeList: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["OrgType"][];
        };
        PaginatedProductList: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["Product"][];
        };
        PaginatedProfileList: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["Profile"][];
        };
        PaginatedSubjectList: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["Subject"][];
        };
        PaginatedUsageList: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["Usage"][];
        };
        PaginatedUsageTypeList: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["UsageType"][];
        };
        PaginatedUserList: {
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["User"][];
        };
        PasswordChange: {
            new_password: string;
            old_password: string;
        };
        PasswordReset: {
            email: string;
        };
        PasswordResetConfirm: {
            new_password: string;
            token: string;
        };
        PatchedDataInterfaceRequest: {
            name?: string;
        };
        PatchedDomainRequest: {
            color?: string;
            name?: string;
        };
        PatchedGradeRequest: {
            level?: number;
            name?: string;
        };
        PatchedLocationRequest: {
            abbreviation?: string;
            name?: string;
        };
        PatchedMeRequest: {
            /** Format: email */
            email?: string;
            first_name?: string;
            github_id?: string | null;
            last_name?: string;
            /** @description Only null: leaves the member's organization. */
            organization?: null;
        };
        PatchedOrganizationRequest: {
            /** @description Ids of records of `grades`. */
            grades?: number[];
            /** @description Ids of records of `locations`. */
            locations?: number[];
            name?: string;
            /** @description Id of a record of `orgtypes`. */
            org_type?: number;
            size?: number | null;
        };
        PatchedOrgTypeRequest: {
            name?: string;
        };
        PatchedProductRequest: {
            description?: string;
            /** @description Id of a record of `domains`. */
            domain?: number;
            name?: string;
            /** @description Id of a record of `subjects`. */
            subject?: number | null;
            /** Format: uri */
            url?: string | null;
        };
        PatchedProfileRequest: {
            github_id?: string | null;
            /** @description Id of a record of `organizations`. */
            organization?: number | null;
        };
        PatchedSubjectRequest: {
            icon?: string;
            name?: string;
        };
        PatchedUsageRequest: {
            /** @description Id of a record of `data_interfaces`. */
            how_pull?: number | null;
            /** @description Id of a record of `data_interfaces`. */
            how_push?: number | null;
            is_deprecated?: boolean;
            /** @description Id of a record of `organizations`. */
            organization?: number;
            /** @description Id of a record of `products`. */
            product?: number;
            rating?: number;
            /** @description Id of a record of `products`. */
            replaced_by?: number | null;
            review?: string;
            /** @description Id of a record of `usagetypes`. */
            usage_type?: number;
            /**
             * Format: date
             * @description Not after today.
             */
            when_deprecated?: string | null;
            why_deprecated?: string | null;
        };
        PatchedUsageTypeRequest: {
            name?: string;
        };
        PatchedUserRequest: {
            /** Format: email */
            email?: string;
            first_name?: string;
            is_active?: boolean;
            is_staff?: boolean;
            last_name?: string;
            username?: string;
        };
        Product: {
            /** Format: date-time */
            readonly created_at: string;
            description: string;
            /** @description Id of a record of `domains`. */
            domain: number;
            readonly id: number;
            name: string;
            /** @description Net Promoter Score: trunc(100·promoters/n − 100·detractors/n); null without reviews. Kept by the database with the reviews, so filterable (`nps__gte`, `nps__lte`, ...) and orderable (`ordering=-nps`: products without reviews last, in either direction). */
            readonly nps: number | null;
            permissions: components["schemas"]["RecordPermissions"];
            /** @description Number of reviews. Kept by the database with the reviews, so filterable (`review_count__gte`, ...) and orderable. */
            readonly review_count: number;
            /** @description Id of a record of `subjects`. */
            subject: number | null;
            /** Format: date-time */
            readonly updated_at: string;
            url: string | null;
        };
        ProductMoves: {
            moved_from: {
                count: number;
                id: number;
                /**
                 * Format: date
                 * @description The latest of the move's reviews: the date the product was dropped, else the day the review was last written.
                 */
                last_at: string;
                name: string;
            }[];
            moved_to: {
                count: number;
                id: number;
                /**
                 * Format: date
                 * @description The latest of the move's reviews: the date the product was dropped, else the day the review was last written.
                 */
                last_at: string;
                name: string;
            }[];
            product: number;
        };
        ProductRequest: {
            description?: string;
            /** @description Id of a record of `domains`. */
            domain: number;
            name: string;
            /** @description Id of a record of `subjects`. */
            subject?: number | null;
            /** Format: uri */
            url?: string | null;
        };
        ProductStats: {
            deprecated_count: number;
            /** @description trunc(100·promoters/n − 100·detractors/n) (promoters rate 5, detractors 3 or less); null without reviews. */
            nps: number | null;
            organization_count: number;
            organizations: {
                id: number;
                name: string;
            }[];
            product: number;
            ratings: {
                1: number;
                2: number;
                3: number;
                4: number;
                5: number;
            };
            review_count: number;
        };
        Profile: {
            /** Format: date-time */
            readonly created_at: string;
            github_id: string | null;
            readonly id: number;
            /** @description Id of a record of `organizations`. */
            organization: number | null;
            permissions: components["schemas"]["RecordPermissions"];
            /** @description Ids of the products this member reviewed. */
            readonly products: number[];
            /** Format: date-time */
            readonly updated_at: string;
            /** @description Id of a record of `users`. */
            readonly user: number;
        };
        ProfileRequest: {
            github_id?: string | null;
            /** @description Id of a record of `organizations`. */
            organization?: number | null;
        };
        QueryError: {
            /** @description The parameters (or ordering keys) accepted. */
            accepted?: string[];
            /** @description What was wrong, naming the parameter. */
            detail: string;
        };
        /** @description What the signed-in member may do with this record (the same judge that answers PUT, PATCH and DELETE): show an edit form or a delete button only when allowed. */
        RecordPermissions: {
            /** @description PUT and PATCH would be allowed. */
            change: boolean;
            /** @description DELETE would be allowed. */
            delete: boolean;
        };
        Setup: {
            /** Format: email */
            email: string;
            first_name?: string;
            last_name?: string;
            password: string;
            username: string;
        };
        SignIn: {
            password: string;
            /** @description A username or an email address. */
            username: string;
        };
        Subject: {
            /** Format: date-time */
            readonly created_at: string;
            icon: string;
            readonly id: number;
            name: string;
            permissions: components["schemas"]["RecordPermissions"];
            /** Format: date-time */
            readonly updated_at: string;
        };
        SubjectRequest: {
            icon?: string;
            name: string;
        };
        TokenInfo: {
            /** Format: date-time */
            created: string | null;
            exists: boolean;
            /** Format: date-time */
            last_used: string | null;
        };
        Usage: {
            /** Format: date-time */
            readonly created_at: string;
            /** @description Id of a record of `data_interfaces`. */
            how_pull: number | null;
            /** @description Id of a record of `data_interfaces`. */
            how_push: number | null;
            readonly id: number;
            is_deprecated: boolean;
            /** @description Id of a record of `organizations`. */
            organization: number;
            /** @description The organization's name. */
            readonly organization_name: string;
            permissions: components["schemas"]["RecordPermissions"];
            /** @description Id of a record of `products`. */
            product: number;
            /** @description The product's name. */
            readonly product_name: string;
            rating: number;
            /** @description Id of a record of `products`. */
            replaced_by: number | null;
            review: string;
            /** @description Id of a record of `profiles`. */
            readonly reviewer: number;
            /** @description The reviewer's GitHub user name (their avatar is `https://github.com/<it>.png`); null when not given. */
            readonly reviewer_github_id: string | null;
            /** @description The reviewer's first and last name, or their user name when they have none. */
            readonly reviewer_name: string;
            /** Format: date-time */
            readonly updated_at: string;
            /** @description Id of a record of `usagetypes`. */
            usage_type: number;
            /** Format: date */
            when_deprecated: string | null;
            why_deprecated: string | null;
        };
        UsageRequest: {
            /** @description Id of a record of `data_interfaces`. */
            how_pull?: number | null;
            /** @description Id of a record of `data_interfaces`. */
            how_push?: number | null;
            is_deprecated?: boolean;
            /** @description Id of a record of `organizations`. */
            organization: number;
            /** @description Id of a record of `products`. */
            product: number;
            rating: number;
            /** @description Id of a record of `products`. */
            replaced_by?: number | null;
            review?: string;
            /** @description Id of a record of `usagetypes`. */
            usage_type: number;
            /**
             * Format: date
             * @description Not after today.
             */
            when_deprecated?: string | null;
            why_deprecated?: string | null;
        };
        UsageType: {
            /** Format: date-time */
            readonly created_at: string;
            readonly id: number;
            name: string;
            permissions: components["schemas"]["RecordPermissions"];
            /** Format: date-time */
            readonly updated_at: string;
        };
        UsageTypeRequest: {
            name: string;
        };
        User: {
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly date_joined: string;
            email: string;
            first_name: string;
            readonly id: number;
            is_active: boolean;
            is_staff: boolean;
            /** Format: date-time */
            readonly last_login: string | null;
            last_name: string;
            permissions: components["schemas"]["RecordPermissions"];
            /** Format: date-time */
            readonly updated_at: string;
            username: string;
        };
        UserRequest: {
            /** Format: email */
            email: string;
            first_name?: string;
            is_active?: boolean;
            is_staff?: boolean;
            last_name?: string;
            username: string;
        };
        /** @description Field name (or `non_field_errors`) → messages. */
        ValidationError: {
            [key: string]: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    api_index: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Collection name → absolute URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignIn"];
            };
        };
        responses: {
            /** @description Signed in; `Set-Cookie` carries the session and CSRF cookies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many attempts (`Retry-After`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookies are cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_password_change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Detail"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many attempts (`Retry-After`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_password_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordReset"];
            };
        };
        responses: {
            /** @description Sent, if the address is known. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Detail"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many attempts (`Retry-After`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_password_reset_check: {
        parameters: {
            query: {
                /** @description The token from the link in the mail. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link works; what it is for. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        purpose: "password_reset" | "invitation";
                    };
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
        };
    };
    auth_password_reset_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirm"];
            };
        };
        responses: {
            /** @description Set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Detail"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_setup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether setup is needed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        needed: boolean;
                    };
                };
            };
        };
    };
    auth_setup_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Setup"];
            };
        };
        responses: {
            /** @description Created and signed in. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced: `referenced_by` gives the referencing collections and counts. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token's dates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenInfo"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_token_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewToken"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_token_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    compare: {
        parameters: {
            query: {
                /** @description Only reviews whose organization's grades matches. */
                organization__grades?: number;
                /** @description Only reviews whose organization's grades in is one of these comma-separated ids. */
                organization__grades__in?: string;
                /** @description Only reviews whose organization's locations matches. */
                organization__locations?: number;
                /** @description Only reviews whose organization's locations in is one of these comma-separated ids. */
                organization__locations__in?: string;
                /** @description Only reviews whose organization's org_type matches. */
                organization__org_type?: number;
                /** @description Only reviews whose organization's org_type in is one of these comma-separated ids. */
                organization__org_type__in?: string;
                /** @description Only reviews whose organization's size matches. */
                organization__size?: number;
                /** @description Only reviews whose organization's size gt matches. */
                organization__size__gt?: number;
                /** @description Only reviews whose organization's size gte matches. */
                organization__size__gte?: number;
                /** @description Only reviews whose organization's size lt matches. */
                organization__size__lt?: number;
                /** @description Only reviews whose organization's size lte matches. */
                organization__size__lte?: number;
                /** @description 2 to 4 distinct product ids, comma-separated, in the order to show them. */
                products: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comparison"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed (`Allow` lists those accepted). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    data_interfaces_export: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, in the list's order, as CSV (a header row of field names, then one row per record), streamed. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unknown parameter or a malformed value; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    data_interfaces_list: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description `json` (the default) or `api` (DRF's browsable API's name; answered as JSON here). `csv` is served too, but is the export operation's to ask for: `/api/data_interfaces.csv`. */
                format?: "json" | "api";
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Records per page (default 250, larger values are capped at 1000). */
                page_size?: number;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. Every matching record as CSV is the operation `data_interfaces_export`, `/api/data_interfaces.csv` (this path also answers CSV to `format=csv` or `Accept: text/csv`, for browsers and spreadsheets). */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedDataInterfaceList"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown parameter, a malformed value, or more ordering keys or search terms than allowed; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Invalid page.`: a page past the end. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    data_interfaces_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataInterfaceRequest"];
            };
        };
        responses: {
            /** @description Created; `Location` names the new record. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataInterface"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    data_interfaces_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The data interface's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataInterface"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    data_interfaces_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The data interface's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataInterfaceRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataInterface"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    data_interfaces_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The data interface's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced: `referenced_by` gives the referencing collections and counts. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
        };
    };
    data_interfaces_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The data interface's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedDataInterfaceRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataInterface"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    data_flows: {
        parameters: {
            query?: {
                /** @description Only products of this domain. */
                domain?: number;
                /** @description 1-based page number. */
                page?: number;
                /** @description Rows per page (default 50, at most 1000). */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataFlowPage"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed (`Allow` lists those accepted). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_export: {
        parameters: {
            query?: {
                /** @description color equals. */
                color?: string;
                /** @description color contains (case- and accent-insensitive). */
                color__icontains?: string;
                /** @description color equals, ignoring case. */
                color__iexact?: string;
                /** @description color starts with (case- and accent-insensitive). */
                color__istartswith?: string;
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, color, -color, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, in the list's order, as CSV (a header row of field names, then one row per record), streamed. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unknown parameter or a malformed value; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_list: {
        parameters: {
            query?: {
                /** @description color equals. */
                color?: string;
                /** @description color contains (case- and accent-insensitive). */
                color__icontains?: string;
                /** @description color equals, ignoring case. */
                color__iexact?: string;
                /** @description color starts with (case- and accent-insensitive). */
                color__istartswith?: string;
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description `json` (the default) or `api` (DRF's browsable API's name; answered as JSON here). `csv` is served too, but is the export operation's to ask for: `/api/domains.csv`. */
                format?: "json" | "api";
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, color, -color, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Records per page (default 250, larger values are capped at 1000). */
                page_size?: number;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. Every matching record as CSV is the operation `domains_export`, `/api/domains.csv` (this path also answers CSV to `format=csv` or `Accept: text/csv`, for browsers and spreadsheets). */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedDomainList"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown parameter, a malformed value, or more ordering keys or search terms than allowed; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Invalid page.`: a page past the end. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainRequest"];
            };
        };
        responses: {
            /** @description Created; `Location` names the new record. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced: `referenced_by` gives the referencing collections and counts. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
        };
    };
    domains_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedDomainRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    grades_export: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description level equals. */
                level?: number;
                /** @description level is greater than. */
                level__gt?: number;
                /** @description level is at least. */
                level__gte?: number;
                /** @description level is one of these comma-separated values. */
                level__in?: string;
                /** @description level is less than. */
                level__lt?: number;
                /** @description level is at most. */
                level__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `level`. Accepted: level, -level, name, -name, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, in the list's order, as CSV (a header row of field names, then one row per record), streamed. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unknown parameter or a malformed value; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    grades_list: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description `json` (the default) or `api` (DRF's browsable API's name; answered as JSON here). `csv` is served too, but is the export operation's to ask for: `/api/grades.csv`. */
                format?: "json" | "api";
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description level equals. */
                level?: number;
                /** @description level is greater than. */
                level__gt?: number;
                /** @description level is at least. */
                level__gte?: number;
                /** @description level is one of these comma-separated values. */
                level__in?: string;
                /** @description level is less than. */
                level__lt?: number;
                /** @description level is at most. */
                level__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `level`. Accepted: level, -level, name, -name, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Records per page (default 250, larger values are capped at 1000). */
                page_size?: number;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. Every matching record as CSV is the operation `grades_export`, `/api/grades.csv` (this path also answers CSV to `format=csv` or `Accept: text/csv`, for browsers and spreadsheets). */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedGradeList"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown parameter, a malformed value, or more ordering keys or search terms than allowed; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Invalid page.`: a page past the end. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    grades_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GradeRequest"];
            };
        };
        responses: {
            /** @description Created; `Location` names the new record. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grade"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    grades_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The grade's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grade"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    grades_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The grade's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GradeRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grade"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    grades_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The grade's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced: `referenced_by` gives the referencing collections and counts. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
        };
    };
    grades_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The grade's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedGradeRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grade"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    history: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /** @description Entries per page (default 50, at most 1000). */
                page_size?: number;
                /** @description The member (users.id) whose changes to list. Members may only give their own id; staff any, or none for every change. A user that does not exist is a 400. */
                user?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed (`Allow` lists those accepted). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    locations_export: {
        parameters: {
            query?: {
                /** @description abbreviation equals. */
                abbreviation?: string;
                /** @description abbreviation contains (case- and accent-insensitive). */
                abbreviation__icontains?: string;
                /** @description abbreviation equals, ignoring case. */
                abbreviation__iexact?: string;
                /** @description abbreviation starts with (case- and accent-insensitive). */
                abbreviation__istartswith?: string;
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, abbreviation, -abbreviation, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name, abbreviation. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, in the list's order, as CSV (a header row of field names, then one row per record), streamed. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unknown parameter or a malformed value; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    locations_list: {
        parameters: {
            query?: {
                /** @description abbreviation equals. */
                abbreviation?: string;
                /** @description abbreviation contains (case- and accent-insensitive). */
                abbreviation__icontains?: string;
                /** @description abbreviation equals, ignoring case. */
                abbreviation__iexact?: string;
                /** @description abbreviation starts with (case- and accent-insensitive). */
                abbreviation__istartswith?: string;
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description `json` (the default) or `api` (DRF's browsable API's name; answered as JSON here). `csv` is served too, but is the export operation's to ask for: `/api/locations.csv`. */
                format?: "json" | "api";
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, abbreviation, -abbreviation, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Records per page (default 250, larger values are capped at 1000). */
                page_size?: number;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name, abbreviation. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. Every matching record as CSV is the operation `locations_export`, `/api/locations.csv` (this path also answers CSV to `format=csv` or `Accept: text/csv`, for browsers and spreadsheets). */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedLocationList"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown parameter, a malformed value, or more ordering keys or search terms than allowed; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Invalid page.`: a page past the end. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    locations_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationRequest"];
            };
        };
        responses: {
            /** @description Created; `Location` names the new record. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    locations_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    locations_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    locations_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced: `referenced_by` gives the referencing collections and counts. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
        };
    };
    locations_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The location's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedLocationRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    me_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedMeRequest"];
            };
        };
        responses: {
            /** @description Saved; the member as GET shows it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    moves: {
        parameters: {
            query?: {
                /** @description Only moves leaving or reaching a product of this domain. */
                domain?: number;
                /** @description 1-based page number. */
                page?: number;
                /** @description Rows per page (default 50, at most 1000). */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovePage"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed (`Allow` lists those accepted). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    openapi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    organizations_export: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description grades equals. */
                grades?: number;
                /** @description grades is one of these comma-separated values. */
                grades__in?: string;
                /** @description grades → level equals. */
                grades__level?: number;
                /** @description grades → level is greater than. */
                grades__level__gt?: number;
                /** @description grades → level is at least. */
                grades__level__gte?: number;
                /** @description grades → level is one of these comma-separated values. */
                grades__level__in?: string;
                /** @description grades → level is less than. */
                grades__level__lt?: number;
                /** @description grades → level is at most. */
                grades__level__lte?: number;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description locations equals. */
                locations?: number;
                /** @description locations → abbreviation equals. */
                locations__abbreviation?: string;
                /** @description locations → abbreviation contains (case- and accent-insensitive). */
                locations__abbreviation__icontains?: string;
                /** @description locations → abbreviation equals, ignoring case. */
                locations__abbreviation__iexact?: string;
                /** @description locations → abbreviation starts with (case- and accent-insensitive). */
                locations__abbreviation__istartswith?: string;
                /** @description locations is one of these comma-separated values. */
                locations__in?: string;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, size, -size, org_type__name, -org_type__name, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description org_type equals. */
                org_type?: number;
                /** @description org_type is one of these comma-separated values. */
                org_type__in?: string;
                /** @description org_type → name equals. */
                org_type__name?: string;
                /** @description org_type → name contains (case- and accent-insensitive). */
                org_type__name__icontains?: string;
                /** @description org_type → name equals, ignoring case. */
                org_type__name__iexact?: string;
                /** @description org_type → name starts with (case- and accent-insensitive). */
                org_type__name__istartswith?: string;
                /** @description profiles → user equals. */
                profiles__user?: number;
                /** @description profiles → user is one of these comma-separated values. */
                profiles__user__in?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description size equals. */
                size?: number;
                /** @description size is greater than. */
                size__gt?: number;
                /** @description size is at least. */
                size__gte?: number;
                /** @description size is one of these comma-separated values. */
                size__in?: string;
                /** @description size is null (`true`) or not (`false`). */
                size__isnull?: boolean;
                /** @description size is less than. */
                size__lt?: number;
                /** @description size is at most. */
                size__lte?: number;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
                /** @description usages → product equals. */
                usages__product?: number;
                /** @description usages → product → domain equals. */
                usages__product__domain?: number;
                /** @description usages → product → domain is one of these comma-separated values. */
                usages__product__domain__in?: string;
                /** @description usages → product is one of these comma-separated values. */
                usages__product__in?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, in the list's order, as CSV (a header row of field names, then one row per record), streamed. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unknown parameter or a malformed value; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_list: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description `json` (the default) or `api` (DRF's browsable API's name; answered as JSON here). `csv` is served too, but is the export operation's to ask for: `/api/organizations.csv`. */
                format?: "json" | "api";
                /** @description grades equals. */
                grades?: number;
                /** @description grades is one of these comma-separated values. */
                grades__in?: string;
                /** @description grades → level equals. */
                grades__level?: number;
                /** @description grades → level is greater than. */
                grades__level__gt?: number;
                /** @description grades → level is at least. */
                grades__level__gte?: number;
                /** @description grades → level is one of these comma-separated values. */
                grades__level__in?: string;
                /** @description grades → level is less than. */
                grades__level__lt?: number;
                /** @description grades → level is at most. */
                grades__level__lte?: number;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description locations equals. */
                locations?: number;
                /** @description locations → abbreviation equals. */
                locations__abbreviation?: string;
                /** @description locations → abbreviation contains (case- and accent-insensitive). */
                locations__abbreviation__icontains?: string;
                /** @description locations → abbreviation equals, ignoring case. */
                locations__abbreviation__iexact?: string;
                /** @description locations → abbreviation starts with (case- and accent-insensitive). */
                locations__abbreviation__istartswith?: string;
                /** @description locations is one of these comma-separated values. */
                locations__in?: string;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, size, -size, org_type__name, -org_type__name, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description org_type equals. */
                org_type?: number;
                /** @description org_type is one of these comma-separated values. */
                org_type__in?: string;
                /** @description org_type → name equals. */
                org_type__name?: string;
                /** @description org_type → name contains (case- and accent-insensitive). */
                org_type__name__icontains?: string;
                /** @description org_type → name equals, ignoring case. */
                org_type__name__iexact?: string;
                /** @description org_type → name starts with (case- and accent-insensitive). */
                org_type__name__istartswith?: string;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Records per page (default 250, larger values are capped at 1000). */
                page_size?: number;
                /** @description profiles → user equals. */
                profiles__user?: number;
                /** @description profiles → user is one of these comma-separated values. */
                profiles__user__in?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description size equals. */
                size?: number;
                /** @description size is greater than. */
                size__gt?: number;
                /** @description size is at least. */
                size__gte?: number;
                /** @description size is one of these comma-separated values. */
                size__in?: string;
                /** @description size is null (`true`) or not (`false`). */
                size__isnull?: boolean;
                /** @description size is less than. */
                size__lt?: number;
                /** @description size is at most. */
                size__lte?: number;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
                /** @description usages → product equals. */
                usages__product?: number;
                /** @description usages → product → domain equals. */
                usages__product__domain?: number;
                /** @description usages → product → domain is one of these comma-separated values. */
                usages__product__domain__in?: string;
                /** @description usages → product is one of these comma-separated values. */
                usages__product__in?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. Every matching record as CSV is the operation `organizations_export`, `/api/organizations.csv` (this path also answers CSV to `format=csv` or `Accept: text/csv`, for browsers and spreadsheets). */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedOrganizationList"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown parameter, a malformed value, or more ordering keys or search terms than allowed; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Invalid page.`: a page past the end. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationRequest"];
            };
        };
        responses: {
            /** @description Created; `Location` names the new record. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced: `referenced_by` gives the referencing collections and counts. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
        };
    };
    organizations_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedOrganizationRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_data_flows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organization's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDataFlows"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed (`Allow` lists those accepted). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_history: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /** @description Entries per page (default 50, at most 1000). */
                page_size?: number;
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed (`Allow` lists those accepted). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    orgtypes_export: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, in the list's order, as CSV (a header row of field names, then one row per record), streamed. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unknown parameter or a malformed value; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    orgtypes_list: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description `json` (the default) or `api` (DRF's browsable API's name; answered as JSON here). `csv` is served too, but is the export operation's to ask for: `/api/orgtypes.csv`. */
                format?: "json" | "api";
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Records per page (default 250, larger values are capped at 1000). */
                page_size?: number;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. Every matching record as CSV is the operation `orgtypes_export`, `/api/orgtypes.csv` (this path also answers CSV to `format=csv` or `Accept: text/csv`, for browsers and spreadsheets). */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedOrgTypeList"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown parameter, a malformed value, or more ordering keys or search terms than allowed; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Invalid page.`: a page past the end. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    orgtypes_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgTypeRequest"];
            };
        };
        responses: {
            /** @description Created; `Location` names the new record. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgType"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    orgtypes_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The org type's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgType"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    orgtypes_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The org type's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgTypeRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgType"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    orgtypes_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The org type's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced: `referenced_by` gives the referencing collections and counts. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
        };
    };
    orgtypes_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The org type's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedOrgTypeRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgType"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    products_export: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description description equals. */
                description?: string;
                /** @description description contains (case- and accent-insensitive). */
                description__icontains?: string;
                /** @description description equals, ignoring case. */
                description__iexact?: string;
                /** @description description starts with (case- and accent-insensitive). */
                description__istartswith?: string;
                /** @description domain equals. */
                domain?: number;
                /** @description domain is one of these comma-separated values. */
                domain__in?: string;
                /** @description domain → name equals. */
                domain__name?: string;
                /** @description domain → name contains (case- and accent-insensitive). */
                domain__name__icontains?: string;
                /** @description domain → name equals, ignoring case. */
                domain__name__iexact?: string;
                /** @description domain → name starts with (case- and accent-insensitive). */
                domain__name__istartswith?: string;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description nps equals. */
                nps?: number;
                /** @description nps is greater than. */
                nps__gt?: number;
                /** @description nps is at least. */
                nps__gte?: number;
                /** @description nps is one of these comma-separated values. */
                nps__in?: string;
                /** @description nps is less than. */
                nps__lt?: number;
                /** @description nps is at most. */
                nps__lte?: number;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, domain__name, -domain__name, subject__name, -subject__name, nps, -nps, review_count, -review_count, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description review_count equals. */
                review_count?: number;
                /** @description review_count is greater than. */
                review_count__gt?: number;
                /** @description review_count is at least. */
                review_count__gte?: number;
                /** @description review_count is one of these comma-separated values. */
                review_count__in?: string;
                /** @description review_count is less than. */
                review_count__lt?: number;
                /** @description review_count is at most. */
                review_count__lte?: number;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name, domain__name, subject__name. */
                search?: string;
                /** @description subject equals. */
                subject?: number;
                /** @description subject is one of these comma-separated values. */
                subject__in?: string;
                /** @description subject is null (`true`) or not (`false`). */
                subject__isnull?: boolean;
                /** @description subject → name equals. */
                subject__name?: string;
                /** @description subject → name contains (case- and accent-insensitive). */
                subject__name__icontains?: string;
                /** @description subject → name equals, ignoring case. */
                subject__name__iexact?: string;
                /** @description subject → name starts with (case- and accent-insensitive). */
                subject__name__istartswith?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
                /** @description url equals. */
                url?: string;
                /** @description url contains (case- and accent-insensitive). */
                url__icontains?: string;
                /** @description url equals, ignoring case. */
                url__iexact?: string;
                /** @description url is null (`true`) or not (`false`). */
                url__isnull?: boolean;
                /** @description url starts with (case- and accent-insensitive). */
                url__istartswith?: string;
                /** @description usages → how_pull equals. */
                usages__how_pull?: number;
                /** @description usages → how_pull is one of these comma-separated values. */
                usages__how_pull__in?: string;
                /** @description usages → how_push equals. */
                usages__how_push?: number;
                /** @description usages → how_push is one of these comma-separated values. */
                usages__how_push__in?: string;
                /** @description usages → is_deprecated equals. */
                usages__is_deprecated?: boolean;
                /** @description usages → organization equals. */
                usages__organization?: number;
                /** @description usages → organization is one of these comma-separated values. */
                usages__organization__in?: string;
                /** @description usages → organization → locations equals. */
                usages__organization__locations?: number;
                /** @description usages → organization → locations is one of these comma-separated values. */
                usages__organization__locations__in?: string;
                /** @description usages → organization → org_type equals. */
                usages__organization__org_type?: number;
                /** @description usages → organization → org_type is one of these comma-separated values. */
                usages__organization__org_type__in?: string;
                /** @description usages → rating equals. */
                usages__rating?: number;
                /** @description usages → rating is greater than. */
                usages__rating__gt?: number;
                /** @description usages → rating is at least. */
                usages__rating__gte?: number;
                /** @description usages → rating is one of these comma-separated values. */
                usages__rating__in?: string;
                /** @description usages → rating is less than. */
                usages__rating__lt?: number;
                /** @description usages → rating is at most. */
                usages__rating__lte?: number;
                /** @description usages → reviewer equals. */
                usages__reviewer?: number;
                /** @description usages → reviewer is one of these comma-separated values. */
                usages__reviewer__in?: string;
                /** @description usages → usage_type equals. */
                usages__usage_type?: number;
                /** @description usages → usage_type is one of these comma-separated values. */
                usages__usage_type__in?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, in the list's order, as CSV (a header row of field names, then one row per record), streamed. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unknown parameter or a malformed value; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    products_list: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description description equals. */
                description?: string;
                /** @description description contains (case- and accent-insensitive). */
                description__icontains?: string;
                /** @description description equals, ignoring case. */
                description__iexact?: string;
                /** @description description starts with (case- and accent-insensitive). */
                description__istartswith?: string;
                /** @description domain equals. */
                domain?: number;
                /** @description domain is one of these comma-separated values. */
                domain__in?: string;
                /** @description domain → name equals. */
                domain__name?: string;
                /** @description domain → name contains (case- and accent-insensitive). */
                domain__name__icontains?: string;
                /** @description domain → name equals, ignoring case. */
                domain__name__iexact?: string;
                /** @description domain → name starts with (case- and accent-insensitive). */
                domain__name__istartswith?: string;
                /** @description `json` (the default) or `api` (DRF's browsable API's name; answered as JSON here). `csv` is served too, but is the export operation's to ask for: `/api/products.csv`. */
                format?: "json" | "api";
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description nps equals. */
                nps?: number;
                /** @description nps is greater than. */
                nps__gt?: number;
                /** @description nps is at least. */
                nps__gte?: number;
                /** @description nps is one of these comma-separated values. */
                nps__in?: string;
                /** @description nps is less than. */
                nps__lt?: number;
                /** @description nps is at most. */
                nps__lte?: number;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, domain__name, -domain__name, subject__name, -subject__name, nps, -nps, review_count, -review_count, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Records per page (default 250, larger values are capped at 1000). */
                page_size?: number;
                /** @description review_count equals. */
                review_count?: number;
                /** @description review_count is greater than. */
                review_count__gt?: number;
                /** @description review_count is at least. */
                review_count__gte?: number;
                /** @description review_count is one of these comma-separated values. */
                review_count__in?: string;
                /** @description review_count is less than. */
                review_count__lt?: number;
                /** @description review_count is at most. */
                review_count__lte?: number;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name, domain__name, subject__name. */
                search?: string;
                /** @description subject equals. */
                subject?: number;
                /** @description subject is one of these comma-separated values. */
                subject__in?: string;
                /** @description subject is null (`true`) or not (`false`). */
                subject__isnull?: boolean;
                /** @description subject → name equals. */
                subject__name?: string;
                /** @description subject → name contains (case- and accent-insensitive). */
                subject__name__icontains?: string;
                /** @description subject → name equals, ignoring case. */
                subject__name__iexact?: string;
                /** @description subject → name starts with (case- and accent-insensitive). */
                subject__name__istartswith?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
                /** @description url equals. */
                url?: string;
                /** @description url contains (case- and accent-insensitive). */
                url__icontains?: string;
                /** @description url equals, ignoring case. */
                url__iexact?: string;
                /** @description url is null (`true`) or not (`false`). */
                url__isnull?: boolean;
                /** @description url starts with (case- and accent-insensitive). */
                url__istartswith?: string;
                /** @description usages → how_pull equals. */
                usages__how_pull?: number;
                /** @description usages → how_pull is one of these comma-separated values. */
                usages__how_pull__in?: string;
                /** @description usages → how_push equals. */
                usages__how_push?: number;
                /** @description usages → how_push is one of these comma-separated values. */
                usages__how_push__in?: string;
                /** @description usages → is_deprecated equals. */
                usages__is_deprecated?: boolean;
                /** @description usages → organization equals. */
                usages__organization?: number;
                /** @description usages → organization is one of these comma-separated values. */
                usages__organization__in?: string;
                /** @description usages → organization → locations equals. */
                usages__organization__locations?: number;
                /** @description usages → organization → locations is one of these comma-separated values. */
                usages__organization__locations__in?: string;
                /** @description usages → organization → org_type equals. */
                usages__organization__org_type?: number;
                /** @description usages → organization → org_type is one of these comma-separated values. */
                usages__organization__org_type__in?: string;
                /** @description usages → rating equals. */
                usages__rating?: number;
                /** @description usages → rating is greater than. */
                usages__rating__gt?: number;
                /** @description usages → rating is at least. */
                usages__rating__gte?: number;
                /** @description usages → rating is one of these comma-separated values. */
                usages__rating__in?: string;
                /** @description usages → rating is less than. */
                usages__rating__lt?: number;
                /** @description usages → rating is at most. */
                usages__rating__lte?: number;
                /** @description usages → reviewer equals. */
                usages__reviewer?: number;
                /** @description usages → reviewer is one of these comma-separated values. */
                usages__reviewer__in?: string;
                /** @description usages → usage_type equals. */
                usages__usage_type?: number;
                /** @description usages → usage_type is one of these comma-separated values. */
                usages__usage_type__in?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. Every matching record as CSV is the operation `products_export`, `/api/products.csv` (this path also answers CSV to `format=csv` or `Accept: text/csv`, for browsers and spreadsheets). */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedProductList"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown parameter, a malformed value, or more ordering keys or search terms than allowed; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Invalid page.`: a page past the end. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    products_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductRequest"];
            };
        };
        responses: {
            /** @description Created; `Location` names the new record. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    products_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    products_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    products_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced: `referenced_by` gives the referencing collections and counts. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
        };
    };
    products_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedProductRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    products_alternatives: {
        parameters: {
            query?: {
                /** @description Without cohort parameters: `mine` (the default) counts organizations like the viewer's (its type and states), `all` counts everyone. A viewer without an organization always gets everyone. */
                cohort?: "mine" | "all";
                /** @description How many alternatives (default 10). */
                limit?: number;
                /** @description Only reviews whose organization's grades matches. */
                organization__grades?: number;
                /** @description Only reviews whose organization's grades in is one of these comma-separated ids. */
                organization__grades__in?: string;
                /** @description Only reviews whose organization's locations matches. */
                organization__locations?: number;
                /** @description Only reviews whose organization's locations in is one of these comma-separated ids. */
                organization__locations__in?: string;
                /** @description Only reviews whose organization's org_type matches. */
                organization__org_type?: number;
                /** @description Only reviews whose organization's org_type in is one of these comma-separated ids. */
                organization__org_type__in?: string;
                /** @description Only reviews whose organization's size matches. */
                organization__size?: number;
                /** @description Only reviews whose organization's size gt matches. */
                organization__size__gt?: number;
                /** @description Only reviews whose organization's size gte matches. */
                organization__size__gte?: number;
                /** @description Only reviews whose organization's size lt matches. */
                organization__size__lt?: number;
                /** @description Only reviews whose organization's size lte matches. */
                organization__size__lte?: number;
            };
            header?: never;
            path: {
                /** @description The product's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alternatives"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed (`Allow` lists those accepted). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    products_history: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /** @description Entries per page (default 50, at most 1000). */
                page_size?: number;
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed (`Allow` lists those accepted). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    products_moves: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductMoves"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed (`Allow` lists those accepted). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    products_stats: {
        parameters: {
            query?: {
                /** @description Only reviews whose organization's grades matches. */
                organization__grades?: number;
                /** @description Only reviews whose organization's grades in is one of these comma-separated ids. */
                organization__grades__in?: string;
                /** @description Only reviews whose organization's locations matches. */
                organization__locations?: number;
                /** @description Only reviews whose organization's locations in is one of these comma-separated ids. */
                organization__locations__in?: string;
                /** @description Only reviews whose organization's org_type matches. */
                organization__org_type?: number;
                /** @description Only reviews whose organization's org_type in is one of these comma-separated ids. */
                organization__org_type__in?: string;
                /** @description Only reviews whose organization's size matches. */
                organization__size?: number;
                /** @description Only reviews whose organization's size gt matches. */
                organization__size__gt?: number;
                /** @description Only reviews whose organization's size gte matches. */
                organization__size__gte?: number;
                /** @description Only reviews whose organization's size lt matches. */
                organization__size__lt?: number;
                /** @description Only reviews whose organization's size lte matches. */
                organization__size__lte?: number;
            };
            header?: never;
            path: {
                /** @description The product's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductStats"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    profiles_export: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description github_id equals. */
                github_id?: string;
                /** @description github_id contains (case- and accent-insensitive). */
                github_id__icontains?: string;
                /** @description github_id equals, ignoring case. */
                github_id__iexact?: string;
                /** @description github_id is null (`true`) or not (`false`). */
                github_id__isnull?: boolean;
                /** @description github_id starts with (case- and accent-insensitive). */
                github_id__istartswith?: string;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `user__username`. Accepted: user__username, -user__username, user__first_name, -user__first_name, user__last_name, -user__last_name, organization__name, -organization__name, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description organization equals. */
                organization?: number;
                /** @description organization is one of these comma-separated values. */
                organization__in?: string;
                /** @description organization is null (`true`) or not (`false`). */
                organization__isnull?: boolean;
                /** @description organization → name equals. */
                organization__name?: string;
                /** @description organization → name contains (case- and accent-insensitive). */
                organization__name__icontains?: string;
                /** @description organization → name equals, ignoring case. */
                organization__name__iexact?: string;
                /** @description organization → name starts with (case- and accent-insensitive). */
                organization__name__istartswith?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: user__first_name, user__last_name, user__email, organization__name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
                /** @description usages → product equals. */
                usages__product?: number;
                /** @description usages → product is one of these comma-separated values. */
                usages__product__in?: string;
                /** @description user equals. */
                user?: number;
                /** @description user is one of these comma-separated values. */
                user__in?: string;
                /** @description user → is_active equals. */
                user__is_active?: boolean;
                /** @description user → is_staff equals. */
                user__is_staff?: boolean;
                /** @description user → username equals. */
                user__username?: string;
                /** @description user → username contains (case- and accent-insensitive). */
                user__username__icontains?: string;
                /** @description user → username equals, ignoring case. */
                user__username__iexact?: string;
                /** @description user → username starts with (case- and accent-insensitive). */
                user__username__istartswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, in the list's order, as CSV (a header row of field names, then one row per record), streamed. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unknown parameter or a malformed value; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    profiles_list: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description `json` (the default) or `api` (DRF's browsable API's name; answered as JSON here). `csv` is served too, but is the export operation's to ask for: `/api/profiles.csv`. */
                format?: "json" | "api";
                /** @description github_id equals. */
                github_id?: string;
                /** @description github_id contains (case- and accent-insensitive). */
                github_id__icontains?: string;
                /** @description github_id equals, ignoring case. */
                github_id__iexact?: string;
                /** @description github_id is null (`true`) or not (`false`). */
                github_id__isnull?: boolean;
                /** @description github_id starts with (case- and accent-insensitive). */
                github_id__istartswith?: string;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `user__username`. Accepted: user__username, -user__username, user__first_name, -user__first_name, user__last_name, -user__last_name, organization__name, -organization__name, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description organization equals. */
                organization?: number;
                /** @description organization is one of these comma-separated values. */
                organization__in?: string;
                /** @description organization is null (`true`) or not (`false`). */
                organization__isnull?: boolean;
                /** @description organization → name equals. */
                organization__name?: string;
                /** @description organization → name contains (case- and accent-insensitive). */
                organization__name__icontains?: string;
                /** @description organization → name equals, ignoring case. */
                organization__name__iexact?: string;
                /** @description organization → name starts with (case- and accent-insensitive). */
                organization__name__istartswith?: string;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Records per page (default 250, larger values are capped at 1000). */
                page_size?: number;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: user__first_name, user__last_name, user__email, organization__name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
                /** @description usages → product equals. */
                usages__product?: number;
                /** @description usages → product is one of these comma-separated values. */
                usages__product__in?: string;
                /** @description user equals. */
                user?: number;
                /** @description user is one of these comma-separated values. */
                user__in?: string;
                /** @description user → is_active equals. */
                user__is_active?: boolean;
                /** @description user → is_staff equals. */
                user__is_staff?: boolean;
                /** @description user → username equals. */
                user__username?: string;
                /** @description user → username contains (case- and accent-insensitive). */
                user__username__icontains?: string;
                /** @description user → username equals, ignoring case. */
                user__username__iexact?: string;
                /** @description user → username starts with (case- and accent-insensitive). */
                user__username__istartswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. Every matching record as CSV is the operation `profiles_export`, `/api/profiles.csv` (this path also answers CSV to `format=csv` or `Accept: text/csv`, for browsers and spreadsheets). */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedProfileList"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown parameter, a malformed value, or more ordering keys or search terms than allowed; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Invalid page.`: a page past the end. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    profiles_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The profile's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    profiles_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The profile's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    profiles_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The profile's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedProfileRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    subjects_export: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description icon equals. */
                icon?: string;
                /** @description icon contains (case- and accent-insensitive). */
                icon__icontains?: string;
                /** @description icon equals, ignoring case. */
                icon__iexact?: string;
                /** @description icon starts with (case- and accent-insensitive). */
                icon__istartswith?: string;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, icon, -icon, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, in the list's order, as CSV (a header row of field names, then one row per record), streamed. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unknown parameter or a malformed value; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    subjects_list: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description `json` (the default) or `api` (DRF's browsable API's name; answered as JSON here). `csv` is served too, but is the export operation's to ask for: `/api/subjects.csv`. */
                format?: "json" | "api";
                /** @description icon equals. */
                icon?: string;
                /** @description icon contains (case- and accent-insensitive). */
                icon__icontains?: string;
                /** @description icon equals, ignoring case. */
                icon__iexact?: string;
                /** @description icon starts with (case- and accent-insensitive). */
                icon__istartswith?: string;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, icon, -icon, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Records per page (default 250, larger values are capped at 1000). */
                page_size?: number;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. Every matching record as CSV is the operation `subjects_export`, `/api/subjects.csv` (this path also answers CSV to `format=csv` or `Accept: text/csv`, for browsers and spreadsheets). */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedSubjectList"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown parameter, a malformed value, or more ordering keys or search terms than allowed; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Invalid page.`: a page past the end. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    subjects_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectRequest"];
            };
        };
        responses: {
            /** @description Created; `Location` names the new record. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subject"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    subjects_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subject's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subject"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    subjects_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subject's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subject"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    subjects_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subject's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced: `referenced_by` gives the referencing collections and counts. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
        };
    };
    subjects_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subject's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedSubjectRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subject"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    usages_export: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description how_pull equals. */
                how_pull?: number;
                /** @description how_pull is one of these comma-separated values. */
                how_pull__in?: string;
                /** @description how_pull is null (`true`) or not (`false`). */
                how_pull__isnull?: boolean;
                /** @description how_push equals. */
                how_push?: number;
                /** @description how_push is one of these comma-separated values. */
                how_push__in?: string;
                /** @description how_push is null (`true`) or not (`false`). */
                how_push__isnull?: boolean;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description is_deprecated equals. */
                is_deprecated?: boolean;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `product__name,organization__name`. Accepted: product__name, -product__name, organization__name, -organization__name, rating, -rating, is_deprecated, -is_deprecated, when_deprecated, -when_deprecated, id, -id, created_at, -created_at, updated_at, -updated_at, mine, -mine. `-mine` puts the signed-in member's own records first. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description organization equals. */
                organization?: number;
                /** @description organization → grades equals. */
                organization__grades?: number;
                /** @description organization → grades is one of these comma-separated values. */
                organization__grades__in?: string;
                /** @description organization is one of these comma-separated values. */
                organization__in?: string;
                /** @description organization → locations equals. */
                organization__locations?: number;
                /** @description organization → locations is one of these comma-separated values. */
                organization__locations__in?: string;
                /** @description organization → name equals. */
                organization__name?: string;
                /** @description organization → name contains (case- and accent-insensitive). */
                organization__name__icontains?: string;
                /** @description organization → name equals, ignoring case. */
                organization__name__iexact?: string;
                /** @description organization → name starts with (case- and accent-insensitive). */
                organization__name__istartswith?: string;
                /** @description organization → org_type equals. */
                organization__org_type?: number;
                /** @description organization → org_type is one of these comma-separated values. */
                organization__org_type__in?: string;
                /** @description organization → size equals. */
                organization__size?: number;
                /** @description organization → size is greater than. */
                organization__size__gt?: number;
                /** @description organization → size is at least. */
                organization__size__gte?: number;
                /** @description organization → size is one of these comma-separated values. */
                organization__size__in?: string;
                /** @description organization → size is less than. */
                organization__size__lt?: number;
                /** @description organization → size is at most. */
                organization__size__lte?: number;
                /** @description product equals. */
                product?: number;
                /** @description product → domain equals. */
                product__domain?: number;
                /** @description product → domain is one of these comma-separated values. */
                product__domain__in?: string;
                /** @description product is one of these comma-separated values. */
                product__in?: string;
                /** @description product → name equals. */
                product__name?: string;
                /** @description product → name contains (case- and accent-insensitive). */
                product__name__icontains?: string;
                /** @description product → name equals, ignoring case. */
                product__name__iexact?: string;
                /** @description product → name starts with (case- and accent-insensitive). */
                product__name__istartswith?: string;
                /** @description product → subject equals. */
                product__subject?: number;
                /** @description product → subject is one of these comma-separated values. */
                product__subject__in?: string;
                /** @description rating equals. */
                rating?: number;
                /** @description rating is greater than. */
                rating__gt?: number;
                /** @description rating is at least. */
                rating__gte?: number;
                /** @description rating is one of these comma-separated values. */
                rating__in?: string;
                /** @description rating is less than. */
                rating__lt?: number;
                /** @description rating is at most. */
                rating__lte?: number;
                /** @description replaced_by equals. */
                replaced_by?: number;
                /** @description replaced_by is one of these comma-separated values. */
                replaced_by__in?: string;
                /** @description replaced_by is null (`true`) or not (`false`). */
                replaced_by__isnull?: boolean;
                /** @description review equals. */
                review?: string;
                /** @description review contains (case- and accent-insensitive). */
                review__icontains?: string;
                /** @description review equals, ignoring case. */
                review__iexact?: string;
                /** @description review starts with (case- and accent-insensitive). */
                review__istartswith?: string;
                /** @description reviewer equals. */
                reviewer?: number;
                /** @description reviewer is one of these comma-separated values. */
                reviewer__in?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: product__name, organization__name, review. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
                /** @description usage_type equals. */
                usage_type?: number;
                /** @description usage_type is one of these comma-separated values. */
                usage_type__in?: string;
                /** @description when_deprecated equals. */
                when_deprecated?: string;
                /** @description when_deprecated is greater than. */
                when_deprecated__gt?: string;
                /** @description when_deprecated is at least. */
                when_deprecated__gte?: string;
                /** @description when_deprecated is null (`true`) or not (`false`). */
                when_deprecated__isnull?: boolean;
                /** @description when_deprecated is less than. */
                when_deprecated__lt?: string;
                /** @description when_deprecated is at most. */
                when_deprecated__lte?: string;
                /** @description why_deprecated equals. */
                why_deprecated?: string;
                /** @description why_deprecated contains (case- and accent-insensitive). */
                why_deprecated__icontains?: string;
                /** @description why_deprecated equals, ignoring case. */
                why_deprecated__iexact?: string;
                /** @description why_deprecated is null (`true`) or not (`false`). */
                why_deprecated__isnull?: boolean;
                /** @description why_deprecated starts with (case- and accent-insensitive). */
                why_deprecated__istartswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, in the list's order, as CSV (a header row of field names, then one row per record), streamed. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unknown parameter or a malformed value; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    usages_list: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description `json` (the default) or `api` (DRF's browsable API's name; answered as JSON here). `csv` is served too, but is the export operation's to ask for: `/api/usages.csv`. */
                format?: "json" | "api";
                /** @description how_pull equals. */
                how_pull?: number;
                /** @description how_pull is one of these comma-separated values. */
                how_pull__in?: string;
                /** @description how_pull is null (`true`) or not (`false`). */
                how_pull__isnull?: boolean;
                /** @description how_push equals. */
                how_push?: number;
                /** @description how_push is one of these comma-separated values. */
                how_push__in?: string;
                /** @description how_push is null (`true`) or not (`false`). */
                how_push__isnull?: boolean;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description is_deprecated equals. */
                is_deprecated?: boolean;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `product__name,organization__name`. Accepted: product__name, -product__name, organization__name, -organization__name, rating, -rating, is_deprecated, -is_deprecated, when_deprecated, -when_deprecated, id, -id, created_at, -created_at, updated_at, -updated_at, mine, -mine. `-mine` puts the signed-in member's own records first. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description organization equals. */
                organization?: number;
                /** @description organization → grades equals. */
                organization__grades?: number;
                /** @description organization → grades is one of these comma-separated values. */
                organization__grades__in?: string;
                /** @description organization is one of these comma-separated values. */
                organization__in?: string;
                /** @description organization → locations equals. */
                organization__locations?: number;
                /** @description organization → locations is one of these comma-separated values. */
                organization__locations__in?: string;
                /** @description organization → name equals. */
                organization__name?: string;
                /** @description organization → name contains (case- and accent-insensitive). */
                organization__name__icontains?: string;
                /** @description organization → name equals, ignoring case. */
                organization__name__iexact?: string;
                /** @description organization → name starts with (case- and accent-insensitive). */
                organization__name__istartswith?: string;
                /** @description organization → org_type equals. */
                organization__org_type?: number;
                /** @description organization → org_type is one of these comma-separated values. */
                organization__org_type__in?: string;
                /** @description organization → size equals. */
                organization__size?: number;
                /** @description organization → size is greater than. */
                organization__size__gt?: number;
                /** @description organization → size is at least. */
                organization__size__gte?: number;
                /** @description organization → size is one of these comma-separated values. */
                organization__size__in?: string;
                /** @description organization → size is less than. */
                organization__size__lt?: number;
                /** @description organization → size is at most. */
                organization__size__lte?: number;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Records per page (default 250, larger values are capped at 1000). */
                page_size?: number;
                /** @description product equals. */
                product?: number;
                /** @description product → domain equals. */
                product__domain?: number;
                /** @description product → domain is one of these comma-separated values. */
                product__domain__in?: string;
                /** @description product is one of these comma-separated values. */
                product__in?: string;
                /** @description product → name equals. */
                product__name?: string;
                /** @description product → name contains (case- and accent-insensitive). */
                product__name__icontains?: string;
                /** @description product → name equals, ignoring case. */
                product__name__iexact?: string;
                /** @description product → name starts with (case- and accent-insensitive). */
                product__name__istartswith?: string;
                /** @description product → subject equals. */
                product__subject?: number;
                /** @description product → subject is one of these comma-separated values. */
                product__subject__in?: string;
                /** @description rating equals. */
                rating?: number;
                /** @description rating is greater than. */
                rating__gt?: number;
                /** @description rating is at least. */
                rating__gte?: number;
                /** @description rating is one of these comma-separated values. */
                rating__in?: string;
                /** @description rating is less than. */
                rating__lt?: number;
                /** @description rating is at most. */
                rating__lte?: number;
                /** @description replaced_by equals. */
                replaced_by?: number;
                /** @description replaced_by is one of these comma-separated values. */
                replaced_by__in?: string;
                /** @description replaced_by is null (`true`) or not (`false`). */
                replaced_by__isnull?: boolean;
                /** @description review equals. */
                review?: string;
                /** @description review contains (case- and accent-insensitive). */
                review__icontains?: string;
                /** @description review equals, ignoring case. */
                review__iexact?: string;
                /** @description review starts with (case- and accent-insensitive). */
                review__istartswith?: string;
                /** @description reviewer equals. */
                reviewer?: number;
                /** @description reviewer is one of these comma-separated values. */
                reviewer__in?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: product__name, organization__name, review. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
                /** @description usage_type equals. */
                usage_type?: number;
                /** @description usage_type is one of these comma-separated values. */
                usage_type__in?: string;
                /** @description when_deprecated equals. */
                when_deprecated?: string;
                /** @description when_deprecated is greater than. */
                when_deprecated__gt?: string;
                /** @description when_deprecated is at least. */
                when_deprecated__gte?: string;
                /** @description when_deprecated is null (`true`) or not (`false`). */
                when_deprecated__isnull?: boolean;
                /** @description when_deprecated is less than. */
                when_deprecated__lt?: string;
                /** @description when_deprecated is at most. */
                when_deprecated__lte?: string;
                /** @description why_deprecated equals. */
                why_deprecated?: string;
                /** @description why_deprecated contains (case- and accent-insensitive). */
                why_deprecated__icontains?: string;
                /** @description why_deprecated equals, ignoring case. */
                why_deprecated__iexact?: string;
                /** @description why_deprecated is null (`true`) or not (`false`). */
                why_deprecated__isnull?: boolean;
                /** @description why_deprecated starts with (case- and accent-insensitive). */
                why_deprecated__istartswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. Every matching record as CSV is the operation `usages_export`, `/api/usages.csv` (this path also answers CSV to `format=csv` or `Accept: text/csv`, for browsers and spreadsheets). */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedUsageList"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown parameter, a malformed value, or more ordering keys or search terms than allowed; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Invalid page.`: a page past the end. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    usages_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsageRequest"];
            };
        };
        responses: {
            /** @description Created; `Location` names the new record. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    usages_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The usage's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    usages_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The usage's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsageRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    usages_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The usage's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced: `referenced_by` gives the referencing collections and counts. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
        };
    };
    usages_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The usage's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedUsageRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    usages_history: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /** @description Entries per page (default 50, at most 1000). */
                page_size?: number;
            };
            header?: never;
            path: {
                /** @description The record's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed (`Allow` lists those accepted). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    usagetypes_export: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, in the list's order, as CSV (a header row of field names, then one row per record), streamed. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unknown parameter or a malformed value; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    usagetypes_list: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description `json` (the default) or `api` (DRF's browsable API's name; answered as JSON here). `csv` is served too, but is the export operation's to ask for: `/api/usagetypes.csv`. */
                format?: "json" | "api";
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description name equals. */
                name?: string;
                /** @description name contains (case- and accent-insensitive). */
                name__icontains?: string;
                /** @description name equals, ignoring case. */
                name__iexact?: string;
                /** @description name starts with (case- and accent-insensitive). */
                name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `name`. Accepted: name, -name, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Records per page (default 250, larger values are capped at 1000). */
                page_size?: number;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. Every matching record as CSV is the operation `usagetypes_export`, `/api/usagetypes.csv` (this path also answers CSV to `format=csv` or `Accept: text/csv`, for browsers and spreadsheets). */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedUsageTypeList"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown parameter, a malformed value, or more ordering keys or search terms than allowed; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Invalid page.`: a page past the end. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    usagetypes_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsageTypeRequest"];
            };
        };
        responses: {
            /** @description Created; `Location` names the new record. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageType"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    usagetypes_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The usage type's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageType"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    usagetypes_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The usage type's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsageTypeRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageType"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    usagetypes_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The usage type's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced: `referenced_by` gives the referencing collections and counts. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
        };
    };
    usagetypes_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The usage type's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedUsageTypeRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageType"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    users_export: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description date_joined equals. */
                date_joined?: string;
                /** @description date_joined is greater than. */
                date_joined__gt?: string;
                /** @description date_joined is at least. */
                date_joined__gte?: string;
                /** @description date_joined is less than. */
                date_joined__lt?: string;
                /** @description date_joined is at most. */
                date_joined__lte?: string;
                /** @description email equals. */
                email?: string;
                /** @description email contains (case- and accent-insensitive). */
                email__icontains?: string;
                /** @description email equals, ignoring case. */
                email__iexact?: string;
                /** @description email starts with (case- and accent-insensitive). */
                email__istartswith?: string;
                /** @description first_name equals. */
                first_name?: string;
                /** @description first_name contains (case- and accent-insensitive). */
                first_name__icontains?: string;
                /** @description first_name equals, ignoring case. */
                first_name__iexact?: string;
                /** @description first_name starts with (case- and accent-insensitive). */
                first_name__istartswith?: string;
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description is_active equals. */
                is_active?: boolean;
                /** @description is_staff equals. */
                is_staff?: boolean;
                /** @description last_login equals. */
                last_login?: string;
                /** @description last_login is greater than. */
                last_login__gt?: string;
                /** @description last_login is at least. */
                last_login__gte?: string;
                /** @description last_login is null (`true`) or not (`false`). */
                last_login__isnull?: boolean;
                /** @description last_login is less than. */
                last_login__lt?: string;
                /** @description last_login is at most. */
                last_login__lte?: string;
                /** @description last_name equals. */
                last_name?: string;
                /** @description last_name contains (case- and accent-insensitive). */
                last_name__icontains?: string;
                /** @description last_name equals, ignoring case. */
                last_name__iexact?: string;
                /** @description last_name starts with (case- and accent-insensitive). */
                last_name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `username`. Accepted: username, -username, email, -email, first_name, -first_name, last_name, -last_name, is_staff, -is_staff, is_active, -is_active, date_joined, -date_joined, last_login, -last_login, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description profile → organization equals. */
                profile__organization?: number;
                /** @description profile → organization is one of these comma-separated values. */
                profile__organization__in?: string;
                /** @description profile → organization → name equals. */
                profile__organization__name?: string;
                /** @description profile → organization → name contains (case- and accent-insensitive). */
                profile__organization__name__icontains?: string;
                /** @description profile → organization → name equals, ignoring case. */
                profile__organization__name__iexact?: string;
                /** @description profile → organization → name starts with (case- and accent-insensitive). */
                profile__organization__name__istartswith?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: first_name, last_name, email, profile__organization__name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
                /** @description username equals. */
                username?: string;
                /** @description username contains (case- and accent-insensitive). */
                username__icontains?: string;
                /** @description username equals, ignoring case. */
                username__iexact?: string;
                /** @description username starts with (case- and accent-insensitive). */
                username__istartswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching record, in the list's order, as CSV (a header row of field names, then one row per record), streamed. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unknown parameter or a malformed value; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    users_list: {
        parameters: {
            query?: {
                /** @description created_at equals. */
                created_at?: string;
                /** @description created_at is greater than. */
                created_at__gt?: string;
                /** @description created_at is at least. */
                created_at__gte?: string;
                /** @description created_at is less than. */
                created_at__lt?: string;
                /** @description created_at is at most. */
                created_at__lte?: string;
                /** @description date_joined equals. */
                date_joined?: string;
                /** @description date_joined is greater than. */
                date_joined__gt?: string;
                /** @description date_joined is at least. */
                date_joined__gte?: string;
                /** @description date_joined is less than. */
                date_joined__lt?: string;
                /** @description date_joined is at most. */
                date_joined__lte?: string;
                /** @description email equals. */
                email?: string;
                /** @description email contains (case- and accent-insensitive). */
                email__icontains?: string;
                /** @description email equals, ignoring case. */
                email__iexact?: string;
                /** @description email starts with (case- and accent-insensitive). */
                email__istartswith?: string;
                /** @description first_name equals. */
                first_name?: string;
                /** @description first_name contains (case- and accent-insensitive). */
                first_name__icontains?: string;
                /** @description first_name equals, ignoring case. */
                first_name__iexact?: string;
                /** @description first_name starts with (case- and accent-insensitive). */
                first_name__istartswith?: string;
                /** @description `json` (the default) or `api` (DRF's browsable API's name; answered as JSON here). `csv` is served too, but is the export operation's to ask for: `/api/users.csv`. */
                format?: "json" | "api";
                /** @description id equals. */
                id?: number;
                /** @description id is greater than. */
                id__gt?: number;
                /** @description id is at least. */
                id__gte?: number;
                /** @description id is one of these comma-separated values. */
                id__in?: string;
                /** @description id is less than. */
                id__lt?: number;
                /** @description id is at most. */
                id__lte?: number;
                /** @description is_active equals. */
                is_active?: boolean;
                /** @description is_staff equals. */
                is_staff?: boolean;
                /** @description last_login equals. */
                last_login?: string;
                /** @description last_login is greater than. */
                last_login__gt?: string;
                /** @description last_login is at least. */
                last_login__gte?: string;
                /** @description last_login is null (`true`) or not (`false`). */
                last_login__isnull?: boolean;
                /** @description last_login is less than. */
                last_login__lt?: string;
                /** @description last_login is at most. */
                last_login__lte?: string;
                /** @description last_name equals. */
                last_name?: string;
                /** @description last_name contains (case- and accent-insensitive). */
                last_name__icontains?: string;
                /** @description last_name equals, ignoring case. */
                last_name__iexact?: string;
                /** @description last_name starts with (case- and accent-insensitive). */
                last_name__istartswith?: string;
                /** @description Comma-separated keys, `-` for descending, at most 3 distinct ones (more is a 400); default `username`. Accepted: username, -username, email, -email, first_name, -first_name, last_name, -last_name, is_staff, -is_staff, is_active, -is_active, date_joined, -date_joined, last_login, -last_login, id, -id, created_at, -created_at, updated_at, -updated_at. Records whose key is null (a product without reviews has no `nps`) come last in either direction; `id` breaks ties. */
                ordering?: string;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Records per page (default 250, larger values are capped at 1000). */
                page_size?: number;
                /** @description profile → organization equals. */
                profile__organization?: number;
                /** @description profile → organization is one of these comma-separated values. */
                profile__organization__in?: string;
                /** @description profile → organization → name equals. */
                profile__organization__name?: string;
                /** @description profile → organization → name contains (case- and accent-insensitive). */
                profile__organization__name__icontains?: string;
                /** @description profile → organization → name equals, ignoring case. */
                profile__organization__name__iexact?: string;
                /** @description profile → organization → name starts with (case- and accent-insensitive). */
                profile__organization__name__istartswith?: string;
                /** @description Whitespace-separated terms (at most 5, each at most 64 characters; more is a 400), each of which must match (case- and accent-insensitively) one of: first_name, last_name, email, profile__organization__name. */
                search?: string;
                /** @description updated_at equals. */
                updated_at?: string;
                /** @description updated_at is greater than. */
                updated_at__gt?: string;
                /** @description updated_at is at least. */
                updated_at__gte?: string;
                /** @description updated_at is less than. */
                updated_at__lt?: string;
                /** @description updated_at is at most. */
                updated_at__lte?: string;
                /** @description username equals. */
                username?: string;
                /** @description username contains (case- and accent-insensitive). */
                username__icontains?: string;
                /** @description username equals, ignoring case. */
                username__iexact?: string;
                /** @description username starts with (case- and accent-insensitive). */
                username__istartswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. Every matching record as CSV is the operation `users_export`, `/api/users.csv` (this path also answers CSV to `format=csv` or `Accept: text/csv`, for browsers and spreadsheets). */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedUserList"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown parameter, a malformed value, or more ordering keys or search terms than allowed; `accepted` lists the parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Invalid page.`: a page past the end. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Busy (every hasher or export slot is taken), or the database is unreachable or too slow: try again (`Retry-After`). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    users_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Invitation"];
            };
        };
        responses: {
            /** @description The new user. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        id: number;
                        username: string;
                    };
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    users_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Not modified (`If-None-Match` matched the ETag). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    users_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still referenced: `referenced_by` gives the referencing collections and counts. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conflict"];
                };
            };
        };
    };
    users_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchedUserRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Invalid input: a field → messages map (DRF), or `detail`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description No or bad credentials (`WWW-Authenticate: Token`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Signed in but not allowed, or a session request without the CSRF defence. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `Not found.` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Send `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
