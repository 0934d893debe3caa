"""Column names each HSDS file may have (3.0 from its tabular schema, 1.1 from its datapackage).

Used only to tell a user which columns of their files were unknown to HSDS and ignored.
"""


def _columns(table: dict[str, str]) -> dict[str, frozenset[str]]:
    return {file: frozenset(names.split()) for file, names in table.items()}


HSDS_3_COLUMNS: dict[str, frozenset[str]] = _columns(
    {
        "organizations.csv": (
            "id name alternate_name description email website tax_status tax_id "
            "year_incorporated legal_status logo uri parent_organization_id"
        ),
        "programs.csv": "id organization_id name alternate_name description",
        "services.csv": (
            "id organization_id program_id name alternate_name description url email status "
            "interpretation_services application_process fees_description wait_time fees "
            "accreditations eligibility_description minimum_age maximum_age assured_date "
            "assurer_email licenses alert last_modified"
        ),
        "attributes.csv": "id link_id taxonomy_term_id link_type link_entity value",
        "service_at_location.csv": "id service_id location_id description",
        "locations.csv": (
            "id location_type url organization_id name alternate_name description "
            "transportation latitude longitude external_identifier external_identifier_type"
        ),
        "phones.csv": (
            "id location_id service_id organization_id contact_id service_at_location_id "
            "number extension type description"
        ),
        "contacts.csv": (
            "id organization_id service_id service_at_location_id location_id name title "
            "department email"
        ),
        "addresses.csv": (
            "id location_id attention address_1 address_2 city region state_province "
            "postal_code country address_type"
        ),
        "schedules.csv": (
            "id service_id location_id service_at_location_id valid_from valid_to dtstart "
            "timezone until count wkst freq interval byday byweekno bymonthday byyearday "
            "description opens_at closes_at schedule_link attending_type notes"
        ),
        "funding.csv": "id organization_id service_id source",
        "service_areas.csv": "id service_id name description extent extent_type uri",
        "required_documents.csv": "id service_id document uri",
        "languages.csv": "id service_id location_id phone_id name code note",
        "accessibility.csv": "id location_id description details url",
        "taxonomy_terms.csv": (
            "id code name description parent_id taxonomy language taxonomy_id term_uri"
        ),
        "metadata.csv": (
            "id resource_id resource_type last_action_date last_action_type field_name "
            "previous_value replacement_value updated_by"
        ),
        "meta_table_descriptions.csv": "id name language character_set",
        "cost_options.csv": (
            "id service_id valid_from valid_to option currency amount amount_description"
        ),
        "organization_identifiers.csv": (
            "id organization_id identifier_scheme identifier_type identifier"
        ),
        "taxonomies.csv": "id name description uri version",
    }
)
HSDS_LEGACY_COLUMNS: dict[str, frozenset[str]] = _columns(
    {
        "organizations.csv": (
            "id name alternate_name description email url tax_status tax_id year_incorporated "
            "legal_status"
        ),
        "programs.csv": "id organization_id name alternate_name",
        "services.csv": (
            "id organization_id program_id name alternate_name description url email status "
            "interpretation_services application_process wait_time fees accreditations "
            "licenses taxonomy_ids"
        ),
        "services_taxonomy.csv": "id service_id taxonomy_id taxonomy_detail",
        "services_at_location.csv": "id service_id location_id description",
        "locations.csv": (
            "id organization_id name alternate_name description transportation latitude longitude"
        ),
        "phones.csv": (
            "id location_id service_id organization_id contact_id service_at_location_id "
            "number extension type language description department"
        ),
        "contacts.csv": (
            "id organization_id service_id service_at_location_id name title department email"
        ),
        "physical_addresses.csv": (
            "id location_id attention address_1 address_2 address_3 address_4 city region "
            "state_province postal_code country"
        ),
        "postal_addresses.csv": (
            "id location_id attention address_1 address_2 address_3 address_4 city region "
            "state_province postal_code country"
        ),
        "regular_schedules.csv": (
            "id service_id location_id service_at_location_id weekday opens_at closes_at"
        ),
        "holiday_schedules.csv": (
            "id service_id location_id service_at_location_id closed opens_at closes_at "
            "start_date end_date"
        ),
        "funding.csv": "id organization_id service_id source",
        "eligibility.csv": "id service_id eligibility",
        "service_areas.csv": "id service_id service_area description",
        "required_documents.csv": "id service_id document",
        "payments_accepted.csv": "id service_id payment",
        "languages.csv": "id service_id location_id language",
        "accessibility_for_disabilities.csv": "id location_id accessibility details",
        "taxonomy.csv": "id name parent_id parent_name vocabulary",
        "metadata.csv": (
            "id resource_id last_action_date last_action_type field_name previous_value "
            "replacement_value updated_by"
        ),
        "meta_table_descriptions.csv": "id name language character_set",
    }
)
