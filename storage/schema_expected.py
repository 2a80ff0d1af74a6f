"""The tables, triggers and indexes Steady makes, each with the schema change that makes it
(and for a trigger or an index a fingerprint of its SQL: the first 16 hex digits of its
SHA-256), so opening a log and `verify` can tell one removed, changed or added outside Steady
without building a new schema.

tests/storage/test_schema_expected.py fails, printing the lists as they must be, when a schema
change adds or alters one.
"""

from __future__ import annotations

# The search index of the words corrections replaced: named here, where both the schema change
# that makes it and the search that reads it can import it without loading the other.
EARLIER_WORDS_INDEX = "contact_revisions_fts"
# Every version of a contact in Arabic, Hebrew, Chinese and the like, folded as typed.
FOLDED_WORDS = "contact_revisions_folded"
# Those folded copies by their three-letter pieces, words and digits (storage/search_folded_index.py,
# storage/written_words_within.py).
FOLDED_WORDS_INDEX = "contact_revisions_folded_fts"
# Every version of a contact with English words in disguise ("k\u200bill", "ｂｕｒｎ"), as read.
DISGUISED_WORDS_INDEX = "contact_revisions_shown_fts"
# Every customer with a name, handle or notes in disguise ("Ｊｏｈｎ", "J\u200bohn"), as read.
CUSTOMERS_SHOWN_INDEX = "customers_shown_fts"

# Every schema change this Steady knows, in order: a file that has others was brought up to
# date by a newer Steady, whose own tables, triggers and indexes are not foreign.
STEPS = (
    "m001_evidence_log",
    "m100_import_records",
    "m100_log_moves",
    "m100_replies",
    "m100_standing",
    "m300_time_stamps",
    "m400_customer_totals",
    "m401_search_prefixes",
    "m500_reply_language",
    "m600_search_by_date",
    "m610_suggestion_reviews",
    "m620_agreement_withdrawals",
    "m630_clause_tag_withdrawals",
    "m640_contact_withdrawals",
    "m640_customer_versions",
    "m640_link_withdrawals",
    "m650_attachment_withdrawals",
    "m660_live_totals",
    "m670_search_earlier_words",
    "m680_search_folded_words",
    "m690_search_disguised_words",
    "m700_direction_doubts",
    "m710_search_folded_unhidden",
    "m720_search_disguised_customers",
    "m730_search_disguised_kept_by_steady",
    "m740_search_customers_read_arabic",
    "m750_search_folded_read_whole",
    "m760_search_half_width_read",
    "m770_search_folded_index",
)

# Every table Steady makes, in the order made, with the schema change that makes it: a file
# that has had the change and lacks the table had it removed outside Steady. (The search
# indexes' own inner tables go with them, and are not listed.)
TABLES: dict[str, str] = {
    "customers": "m001_evidence_log",
    "contacts": "m001_evidence_log",
    "contact_revisions": "m001_evidence_log",
    "blobs": "m001_evidence_log",
    "attachments": "m001_evidence_log",
    "ledger": "m001_evidence_log",
    "settings": "m001_evidence_log",
    "contacts_fts": "m001_evidence_log",
    "customers_fts": "m001_evidence_log",
    "import_files": "m100_import_records",
    "post_details": "m100_import_records",
    "category_suggestions": "m100_import_records",
    "csv_mappings": "m100_import_records",
    "contact_moves": "m100_log_moves",
    "replies": "m100_replies",
    "reply_drafts": "m100_replies",
    "reply_events": "m100_replies",
    "personal_dictionary": "m100_replies",
    "actions": "m100_standing",
    "policies": "m100_standing",
    "policy_versions": "m100_standing",
    "agreements": "m100_standing",
    "agreement_files": "m100_standing",
    "contact_clauses": "m100_standing",
    "customer_links": "m100_standing",
    "customer_risk": "m100_standing",
    "time_stamps": "m300_time_stamps",
    "customer_totals": "m400_customer_totals",
    "agreement_withdrawals": "m620_agreement_withdrawals",
    "clause_tag_withdrawals": "m630_clause_tag_withdrawals",
    "contact_withdrawals": "m640_contact_withdrawals",
    "customer_versions": "m640_customer_versions",
    "link_withdrawals": "m640_link_withdrawals",
    "attachment_withdrawals": "m650_attachment_withdrawals",
    "contact_revisions_fts": "m670_search_earlier_words",
    "contact_revisions_folded": "m680_search_folded_words",
    "contact_revisions_shown_fts": "m690_search_disguised_words",
    "direction_doubts": "m700_direction_doubts",
    "customers_shown_fts": "m720_search_disguised_customers",
    "contact_revisions_folded_fts": "m770_search_folded_index",
    "contact_revisions_folded_waiting": "m770_search_folded_index",
}

# name: (made by, on table, fingerprint)
TRIGGERS: dict[str, tuple[str, str, str]] = {
    "actions_insert_stale_risk": ("m100_standing", "actions", "729b7d20701eb8cd"),
    "actions_no_delete": ("m100_standing", "actions", "6d85686ad2a604d9"),
    "actions_no_update": ("m100_standing", "actions", "e36fd108fb751d86"),
    "agreement_withdrawals_no_delete": (
        "m620_agreement_withdrawals",
        "agreement_withdrawals",
        "7799b4e40fee8e61",
    ),
    "agreement_withdrawals_no_update": (
        "m620_agreement_withdrawals",
        "agreement_withdrawals",
        "9d78d5108088a5d1",
    ),
    "agreement_files_no_delete": ("m100_standing", "agreement_files", "7e89fa69a060a6b3"),
    "contact_withdrawals_no_delete": (
        "m640_contact_withdrawals",
        "contact_withdrawals",
        "10f4f5b176d26087",
    ),
    "contact_withdrawals_no_update": (
        "m640_contact_withdrawals",
        "contact_withdrawals",
        "8343b9c9eb78060c",
    ),
    "contact_withdrawals_totals_ai": (
        "m660_live_totals",
        "contact_withdrawals",
        "7742840ab16cf72c",
    ),
    "customer_totals_live_ai": ("m660_live_totals", "customer_totals", "b5d5dd346ede558a"),
    "customer_totals_live_au": ("m660_live_totals", "customer_totals", "b63889f9e04c83a6"),
    "customer_versions_no_delete": (
        "m640_customer_versions",
        "customer_versions",
        "4edafee29545c0ae",
    ),
    "customer_versions_no_update": (
        "m640_customer_versions",
        "customer_versions",
        "3901480bd973dbce",
    ),
    "agreement_files_no_update": ("m100_standing", "agreement_files", "2fd788695f2988c7"),
    "agreements_no_delete": ("m100_standing", "agreements", "27003df6c66caa41"),
    "agreements_no_update": ("m100_standing", "agreements", "91063207a3c763ea"),
    "attachment_withdrawals_no_delete": (
        "m650_attachment_withdrawals",
        "attachment_withdrawals",
        "1d1f6cd6ae935d2c",
    ),
    "attachment_withdrawals_no_update": (
        "m650_attachment_withdrawals",
        "attachment_withdrawals",
        "f37aa9e16898c436",
    ),
    "attachments_no_delete": ("m001_evidence_log", "attachments", "1ffdd1cdcd16659a"),
    "attachments_no_update": ("m001_evidence_log", "attachments", "7d8f190cd04f82f0"),
    "blobs_no_delete": ("m001_evidence_log", "blobs", "0a655eea0bd72957"),
    "blobs_no_update": ("m001_evidence_log", "blobs", "698a632b80d5e8c6"),
    "category_suggestions_no_delete": (
        "m610_suggestion_reviews",
        "category_suggestions",
        "0d3016f47384d9e5",
    ),
    "category_suggestions_reviewed_once": (
        "m610_suggestion_reviews",
        "category_suggestions",
        "67ddb1260341e7b2",
    ),
    "clause_tag_withdrawals_no_delete": (
        "m630_clause_tag_withdrawals",
        "clause_tag_withdrawals",
        "9528e6054c91880e",
    ),
    "clause_tag_withdrawals_no_update": (
        "m630_clause_tag_withdrawals",
        "clause_tag_withdrawals",
        "fbfce30af4b09abc",
    ),
    "contact_clauses_no_delete": ("m100_standing", "contact_clauses", "07664b553854f95f"),
    "contact_clauses_no_update": ("m100_standing", "contact_clauses", "8ebae82ca7b51883"),
    "contact_moves_no_delete": ("m100_log_moves", "contact_moves", "2dc911fc2a7a5f5a"),
    "contact_moves_no_update": ("m100_log_moves", "contact_moves", "39e651a3cc5946ae"),
    "contact_revisions_folded_ai": (
        "m680_search_folded_words",
        "contact_revisions",
        "45cb3e7d9e028633",
    ),
    "contact_revisions_folded_unhidden": (
        "m710_search_folded_unhidden",
        "contact_revisions_folded",
        "dd831a8b7b565cd2",
    ),
    "contact_revisions_folded_fts_ad": (
        "m770_search_folded_index",
        "contact_revisions_folded",
        "3cf43ce797db65ab",
    ),
    "contact_revisions_folded_fts_ai": (
        "m770_search_folded_index",
        "contact_revisions_folded",
        "d90a22e19234dc85",
    ),
    "contact_revisions_folded_fts_au": (
        "m770_search_folded_index",
        "contact_revisions_folded",
        "2919b521dc1928a6",
    ),
    "contact_revisions_folded_fts_settled": (
        "m770_search_folded_index",
        "contact_revisions",
        "749d94b8faa0f500",
    ),
    "contact_revisions_fts_ai": (
        "m670_search_earlier_words",
        "contact_revisions",
        "326d03a685c2f3ae",
    ),
    "contact_revisions_shown_fts_ai": (
        "m690_search_disguised_words",
        "contact_revisions",
        "1cf08f5d382140df",
    ),
    "contact_revisions_no_delete": ("m001_evidence_log", "contact_revisions", "4a6b74f8698ea490"),
    "contact_revisions_no_update": ("m001_evidence_log", "contact_revisions", "c44372da7a910684"),
    "contacts_ad": ("m001_evidence_log", "contacts", "fb00770d5c24e09f"),
    "contacts_ai": ("m001_evidence_log", "contacts", "156b63620753dc65"),
    "contacts_au": ("m001_evidence_log", "contacts", "fe42900f26600866"),
    "contacts_insert_stale_risk": ("m100_standing", "contacts", "ff91141023487012"),
    "contacts_no_delete": ("m001_evidence_log", "contacts", "d13b93a8d172b5fc"),
    "contacts_totals_ai": ("m400_customer_totals", "contacts", "51e6abee8597a2ce"),
    "contacts_totals_au": ("m400_customer_totals", "contacts", "0a3bf9fcc4d234ce"),
    "contacts_update_stale_risk": ("m100_standing", "contacts", "fd4b18c1a4b74188"),
    "customer_links_no_delete": ("m100_standing", "customer_links", "2b46c5e3bf47ec5c"),
    "customer_links_no_update": ("m100_standing", "customer_links", "b876727caab4aafb"),
    "customers_ad": ("m001_evidence_log", "customers", "769eae720f1a0b96"),
    "customers_ai": ("m001_evidence_log", "customers", "1eeedd7eafc421a9"),
    "customers_au": ("m001_evidence_log", "customers", "2ec313ed138dff67"),
    "customers_no_delete": ("m001_evidence_log", "customers", "c9a36985930fd3ec"),
    "import_files_no_delete": ("m100_import_records", "import_files", "7430b2064c0d895e"),
    "import_files_no_update": ("m100_import_records", "import_files", "3aacb781a5f7f6b2"),
    "ledger_no_delete": ("m001_evidence_log", "ledger", "c1908d042a94b204"),
    "ledger_no_update": ("m001_evidence_log", "ledger", "70e9c80e11d6f940"),
    "link_withdrawals_no_delete": (
        "m640_link_withdrawals",
        "link_withdrawals",
        "46efcdec8f36d6e2",
    ),
    "link_withdrawals_no_update": (
        "m640_link_withdrawals",
        "link_withdrawals",
        "bbe4162bea98efcb",
    ),
    "policies_no_delete": ("m100_standing", "policies", "429eb919af1d7bb4"),
    "policies_no_update": ("m100_standing", "policies", "e6c2e3206d4f8fdb"),
    "policy_versions_no_delete": ("m100_standing", "policy_versions", "76fe001f70ccc595"),
    "policy_versions_no_update": ("m100_standing", "policy_versions", "fb6e01308895f0aa"),
    "post_details_no_delete": ("m100_import_records", "post_details", "98d64cb846fc50d9"),
    "post_details_no_update": ("m100_import_records", "post_details", "a885329550ec9c42"),
    "reply_drafts_no_delete": ("m100_replies", "reply_drafts", "339e68bb01415c8c"),
    "reply_drafts_no_update": ("m100_replies", "reply_drafts", "8a362bc9484c9d7f"),
    "reply_events_no_delete": ("m100_replies", "reply_events", "6050cf9c1f2bae81"),
    "reply_events_no_update": ("m100_replies", "reply_events", "0365e8db19403af4"),
    "time_stamps_no_delete": ("m300_time_stamps", "time_stamps", "69feefab9e380f3e"),
    "time_stamps_no_update": ("m300_time_stamps", "time_stamps", "19330a2346e91693"),
    "direction_doubts_no_delete": ("m700_direction_doubts", "direction_doubts", "d1afe5bec9c3850f"),
    "direction_doubts_no_update": ("m700_direction_doubts", "direction_doubts", "97a6598ae6de8f45"),
}
# Triggers a later schema change drops, with that change: a log that has had it holds none
# (one there was added again outside Steady), one that has not must still hold it.
DROPPED: dict[str, str] = {
    "contact_revisions_shown_fts_ai": "m730_search_disguised_kept_by_steady",
}
INDEXES: dict[str, tuple[str, str, str]] = {
    "actions_by_customer": ("m100_standing", "actions", "a9593c0df1393c2a"),
    "agreements_by_customer": ("m100_standing", "agreements", "2d880e3df53b97e1"),
    "attachments_by_contact": ("m001_evidence_log", "attachments", "300e88d79bbedbc5"),
    "contact_clauses_by_contact": ("m100_standing", "contact_clauses", "bbcc74682af23339"),
    "contact_moves_by_contact": ("m100_log_moves", "contact_moves", "163a7f9fc802653b"),
    "contact_revisions_folded_by_contact": (
        "m680_search_folded_words",
        "contact_revisions_folded",
        "65c9e93f6b21c2a4",
    ),
    "contacts_by_customer": ("m001_evidence_log", "contacts", "4d81b0379f889a96"),
    "contacts_by_time": ("m600_search_by_date", "contacts", "e14e504e42f1cf8d"),
    "contacts_external_id": ("m001_evidence_log", "contacts", "c8952bd842e062d0"),
    "customer_versions_by_customer": (
        "m640_customer_versions",
        "customer_versions",
        "7d6f4ebe31dbe1e8",
    ),
    "contacts_inbound_times": ("m400_customer_totals", "contacts", "f2d37de7ff3a4ba4"),
    "customer_totals_by_last": ("m400_customer_totals", "customer_totals", "79a45f4829b60487"),
    "ledger_by_entity": ("m001_evidence_log", "ledger", "ce58d21d2617adb9"),
    "post_details_by_contact": ("m100_import_records", "post_details", "dedd7ea8f635aae6"),
    "replies_by_contact": ("m100_replies", "replies", "ab5d98ab175ddd3b"),
    "replies_by_customer": ("m100_replies", "replies", "0199006aafa56f1b"),
    "reply_events_by_reply": ("m100_replies", "reply_events", "d79ff0c0d432ef47"),
    "direction_doubts_by_contact": (
        "m700_direction_doubts",
        "direction_doubts",
        "f4d4216158c9944d",
    ),
}

# The same triggers as earlier versions of Steady made them, still in the logs those versions
# started: the first search triggers were sqlite-utils' own (quoted names, `rowid` for `id`),
# and the totals' first trigger was indented differently. Each does what today's does. A log
# holding one is Steady's own, so it must open for writing and verify; a trigger whose SQL
# changes gets its old fingerprint added here (tests/storage/test_schema_expected.py keeps
# every fingerprint Steady ever wrote).
EARLIER: dict[str, tuple[str, ...]] = {
    "contacts_ad": ("2ffdf804f2e60bb5",),
    "contacts_ai": ("32b644175c5b9eaa",),
    "contacts_au": ("4d9dec8ddfd22a49",),
    "contacts_totals_ai": ("bd946208dc13f087",),
    "customers_ad": ("dcf2c8b781de7711",),
    "customers_ai": ("7161a035f19ab6e6",),
    "customers_au": ("9b3edbad4bb87238",),
}
