"""directory tables

Revision ID: 0001
Revises: 
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('directory_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('organization',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('alternate_name', sa.String(), nullable=True),
    sa.Column('description', sa.String(), nullable=True),
    sa.Column('email', sa.String(), nullable=True),
    sa.Column('website', sa.String(), nullable=True),
    sa.Column('tax_status', sa.String(), nullable=True),
    sa.Column('year_incorporated', sa.Integer(), nullable=True),
    sa.Column('legal_status', sa.String(), nullable=True),
    sa.Column('verified_at', sa.Date(), nullable=True),
    sa.Column('source_url', sa.String(), nullable=True),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('taxonomy_term',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('code', sa.String(), nullable=True),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=True),
    sa.Column('parent_id', sa.String(), nullable=True),
    sa.Column('taxonomy', sa.String(), nullable=True),
    sa.Column('language', sa.String(), nullable=True),
    sa.Column('term_uri', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('attribute',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('link_id', sa.String(), nullable=False),
    sa.Column('link_type', sa.String(), nullable=True),
    sa.Column('link_entity', sa.String(), nullable=False),
    sa.Column('taxonomy_term_id', sa.String(), nullable=False),
    sa.Column('value', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['taxonomy_term_id'], ['taxonomy_term.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attribute', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attribute_link_id'), ['link_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attribute_taxonomy_term_id'), ['taxonomy_term_id'], unique=False)

    op.create_table('location',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('organization_id', sa.String(), nullable=True),
    sa.Column('location_type', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('description', sa.String(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_location_organization_id'), ['organization_id'], unique=False)

    op.create_table('service',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('organization_id', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('alternate_name', sa.String(), nullable=True),
    sa.Column('description', sa.String(), nullable=True),
    sa.Column('url', sa.String(), nullable=True),
    sa.Column('email', sa.String(), nullable=True),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('interpretation_services', sa.String(), nullable=True),
    sa.Column('application_process', sa.String(), nullable=True),
    sa.Column('fees_description', sa.String(), nullable=True),
    sa.Column('wait_time', sa.String(), nullable=True),
    sa.Column('eligibility_description', sa.String(), nullable=True),
    sa.Column('minimum_age', sa.Integer(), nullable=True),
    sa.Column('maximum_age', sa.Integer(), nullable=True),
    sa.Column('alert', sa.String(), nullable=True),
    sa.Column('last_modified', sa.DateTime(timezone=True), nullable=True),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('delivery', sa.JSON(), nullable=False),
    sa.Column('licensed_states', sa.JSON(), nullable=False),
    sa.Column('topics', sa.JSON(), nullable=False),
    sa.Column('eligible_populations', sa.JSON(), nullable=False),
    sa.Column('affirming_populations', sa.JSON(), nullable=False),
    sa.Column('crisis_risk_flags', sa.JSON(), nullable=False),
    sa.Column('crisis_populations', sa.JSON(), nullable=False),
    sa.Column('open_24_7', sa.Boolean(), nullable=False),
    sa.Column('hours_description', sa.String(), nullable=True),
    sa.Column('timezone', sa.String(), nullable=True),
    sa.Column('accepting_new_clients', sa.Boolean(), nullable=False),
    sa.Column('wait_days', sa.Integer(), nullable=True),
    sa.Column('capacity_updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('verified_at', sa.Date(), nullable=True),
    sa.Column('source_url', sa.String(), nullable=True),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_organization_id'), ['organization_id'], unique=False)

    op.create_table('address',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('location_id', sa.String(), nullable=False),
    sa.Column('attention', sa.String(), nullable=True),
    sa.Column('address_1', sa.String(), nullable=True),
    sa.Column('address_2', sa.String(), nullable=True),
    sa.Column('city', sa.String(), nullable=True),
    sa.Column('region', sa.String(), nullable=True),
    sa.Column('state_province', sa.String(), nullable=True),
    sa.Column('postal_code', sa.String(), nullable=True),
    sa.Column('country', sa.String(), nullable=True),
    sa.Column('address_type', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['location.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('address', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_address_location_id'), ['location_id'], unique=False)

    op.create_table('cost_option',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('service_id', sa.String(), nullable=False),
    sa.Column('option', sa.String(), nullable=True),
    sa.Column('currency', sa.String(), nullable=True),
    sa.Column('amount', sa.Float(), nullable=True),
    sa.Column('amount_description', sa.String(), nullable=True),
    sa.Column('cost_type', sa.String(), nullable=False),
    sa.Column('amount_max', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('cost_option', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cost_option_service_id'), ['service_id'], unique=False)

    op.create_table('eligibility',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('service_id', sa.String(), nullable=False),
    sa.Column('eligibility', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('eligibility', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eligibility_service_id'), ['service_id'], unique=False)

    op.create_table('payment_accepted',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('service_id', sa.String(), nullable=False),
    sa.Column('payment', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('payment_accepted', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_accepted_service_id'), ['service_id'], unique=False)

    op.create_table('phone',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('service_id', sa.String(), nullable=True),
    sa.Column('organization_id', sa.String(), nullable=True),
    sa.Column('location_id', sa.String(), nullable=True),
    sa.Column('number', sa.String(), nullable=False),
    sa.Column('extension', sa.String(), nullable=True),
    sa.Column('type', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=True),
    sa.Column('text_keyword', sa.String(), nullable=True),
    sa.Column('press', sa.String(), nullable=True),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('populations', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['location.id'], ),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('phone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phone_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_phone_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_phone_service_id'), ['service_id'], unique=False)

    op.create_table('schedule',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('service_id', sa.String(), nullable=True),
    sa.Column('location_id', sa.String(), nullable=True),
    sa.Column('freq', sa.String(), nullable=True),
    sa.Column('byday', sa.String(), nullable=True),
    sa.Column('opens_at', sa.String(), nullable=True),
    sa.Column('closes_at', sa.String(), nullable=True),
    sa.Column('timezone', sa.String(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('description', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['location.id'], ),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('schedule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_schedule_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_schedule_service_id'), ['service_id'], unique=False)

    op.create_table('service_area',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('service_id', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('description', sa.String(), nullable=True),
    sa.Column('extent', sa.String(), nullable=True),
    sa.Column('extent_type', sa.String(), nullable=True),
    sa.Column('area_type', sa.String(), nullable=False),
    sa.Column('states', sa.JSON(), nullable=False),
    sa.Column('counties', sa.JSON(), nullable=False),
    sa.Column('postal_codes', sa.JSON(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('radius_miles', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('service_area', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_area_service_id'), ['service_id'], unique=False)

    op.create_table('service_at_location',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('service_id', sa.String(), nullable=False),
    sa.Column('location_id', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['location.id'], ),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('service_at_location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_at_location_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_at_location_service_id'), ['service_id'], unique=False)

    op.create_table('language',
    sa.Column('id', sa.String(length=250), nullable=False),
    sa.Column('service_id', sa.String(), nullable=True),
    sa.Column('location_id', sa.String(), nullable=True),
    sa.Column('phone_id', sa.String(), nullable=True),
    sa.Column('name', sa.String(), nullable=True),
    sa.Column('code', sa.String(), nullable=True),
    sa.Column('note', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['location.id'], ),
    sa.ForeignKeyConstraint(['phone_id'], ['phone.id'], ),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('language', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_language_service_id'), ['service_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('language', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_language_service_id'))

    op.drop_table('language')
    with op.batch_alter_table('service_at_location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_at_location_service_id'))
        batch_op.drop_index(batch_op.f('ix_service_at_location_location_id'))

    op.drop_table('service_at_location')
    with op.batch_alter_table('service_area', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_area_service_id'))

    op.drop_table('service_area')
    with op.batch_alter_table('schedule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_schedule_service_id'))
        batch_op.drop_index(batch_op.f('ix_schedule_location_id'))

    op.drop_table('schedule')
    with op.batch_alter_table('phone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phone_service_id'))
        batch_op.drop_index(batch_op.f('ix_phone_organization_id'))
        batch_op.drop_index(batch_op.f('ix_phone_location_id'))

    op.drop_table('phone')
    with op.batch_alter_table('payment_accepted', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_accepted_service_id'))

    op.drop_table('payment_accepted')
    with op.batch_alter_table('eligibility', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_eligibility_service_id'))

    op.drop_table('eligibility')
    with op.batch_alter_table('cost_option', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cost_option_service_id'))

    op.drop_table('cost_option')
    with op.batch_alter_table('address', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_address_location_id'))

    op.drop_table('address')
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_organization_id'))
        batch_op.drop_index(batch_op.f('ix_service_kind'))

    op.drop_table('service')
    with op.batch_alter_table('location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_location_organization_id'))

    op.drop_table('location')
    with op.batch_alter_table('attribute', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attribute_taxonomy_term_id'))
        batch_op.drop_index(batch_op.f('ix_attribute_link_id'))

    op.drop_table('attribute')
    op.drop_table('taxonomy_term')
    op.drop_table('organization')
    op.drop_table('directory_state')
