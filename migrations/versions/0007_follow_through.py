"""follow through: the decisions, payments, goods dispositions, criminal referrals, accused
and other dated steps of a case (app.models.outcome), each a synced record kind with the
outbox's change marks (as migration 0004 made them for the first kinds)

Revision ID: 0007
Revises: 0006
"""

from alembic import op
import sqlalchemy as sa
import app.models.base


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# table → the entity name it travels as
PUSHED = {"case_decision": "decision", "payment": "payment",
          "goods_disposition": "goods_disposition", "criminal_referral": "referral",
          "accused": "accused", "case_step": "case_step"}
BEFORE = ("case", "subject", "issued_document", "tip")  # the entities of 0004's state triggers


def _mark(record_id: str, entity: str) -> str:
    return (f"INSERT INTO sync_dirty (record_id, entity) SELECT {record_id}, {entity} "
            f"WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE record_id = {record_id});")


def _state_triggers(entities: tuple[str, ...]) -> None:
    """A sync state forgotten or changed makes its record worth a look (as in 0004)."""
    names = ", ".join(f"'{e}'" for e in entities)
    op.execute("DROP TRIGGER IF EXISTS sync_dirty_state_delete")
    op.execute("DROP TRIGGER IF EXISTS sync_dirty_state_update")
    op.execute("CREATE TRIGGER sync_dirty_state_delete AFTER DELETE ON sync_state "
               f"WHEN OLD.entity IN ({names}) BEGIN {_mark('OLD.record_id', 'OLD.entity')} END")
    op.execute("CREATE TRIGGER sync_dirty_state_update AFTER UPDATE OF server_version, "
               f"failed_version ON sync_state WHEN NEW.entity IN ({names}) "
               f"BEGIN {_mark('NEW.record_id', 'NEW.entity')} END")


def upgrade() -> None:
    op.create_table('criminal_referral',
    sa.Column('transferred_on', sa.Date(), nullable=False),
    sa.Column('agency', sa.String(length=300), nullable=False),
    sa.Column('document_no', sa.String(length=60), nullable=False),
    sa.Column('answer', sa.String(length=16), nullable=False),
    sa.Column('answer_on', sa.Date(), nullable=True),
    sa.Column('answer_no', sa.String(length=60), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.CheckConstraint("answer IN ('cho','khoi_to','khong_khoi_to')", name=op.f('ck_criminal_referral_answer')),
    sa.CheckConstraint("status IN ('valid','void')", name=op.f('ck_criminal_referral_status')),
    sa.ForeignKeyConstraint(['case_id'], ['inspection.id'], name=op.f('fk_criminal_referral_case_id_inspection')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_criminal_referral_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criminal_referral'))
    )
    with op.batch_alter_table('criminal_referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criminal_referral_case_id'), ['case_id'], unique=False)

    op.create_table('accused',
    sa.Column('referral_id', sa.Uuid(), nullable=False),
    sa.Column('subject_id', sa.Uuid(), nullable=True),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('id_number', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.CheckConstraint("status IN ('valid','void')", name=op.f('ck_accused_status')),
    sa.ForeignKeyConstraint(['case_id'], ['inspection.id'], name=op.f('fk_accused_case_id_inspection')),
    sa.ForeignKeyConstraint(['referral_id'], ['criminal_referral.id'], name=op.f('fk_accused_referral_id_criminal_referral')),
    sa.ForeignKeyConstraint(['subject_id'], ['subject.id'], name=op.f('fk_accused_subject_id_subject')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_accused_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accused'))
    )
    with op.batch_alter_table('accused', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accused_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_accused_referral_id'), ['referral_id'], unique=False)

    op.create_table('case_decision',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('form_code', sa.String(length=16), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('document_id', sa.Uuid(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('signer_name', sa.String(length=120), nullable=False),
    sa.Column('signer_title_code', sa.String(length=20), nullable=True),
    sa.Column('subject_kind', sa.String(length=12), nullable=False),
    sa.Column('lines', sa.JSON(), nullable=False),
    sa.Column('fine_total', sa.Integer(), nullable=False),
    sa.Column('confiscated_value', sa.Integer(), nullable=False),
    sa.Column('aggravating', sa.Text(), nullable=False),
    sa.Column('mitigating', sa.Text(), nullable=False),
    sa.Column('pay_account', sa.String(length=300), nullable=False),
    sa.Column('pay_within_days', sa.Integer(), nullable=False),
    sa.Column('reason_code', sa.String(length=24), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('delivered_how', sa.String(length=12), nullable=True),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.CheckConstraint("kind IN ('xu_phat','tam_giu','tich_thu','khong_xu_phat')", name=op.f('ck_case_decision_kind')),
    sa.CheckConstraint("status IN ('draft','issued','void')", name=op.f('ck_case_decision_status')),
    sa.ForeignKeyConstraint(['case_id'], ['inspection.id'], name=op.f('fk_case_decision_case_id_inspection')),
    sa.ForeignKeyConstraint(['document_id'], ['issued_document.id'], name=op.f('fk_case_decision_document_id_issued_document')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_case_decision_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_decision'))
    )
    with op.batch_alter_table('case_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_decision_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_case_decision_decided', ['decided_on'], unique=False)

    op.create_table('case_step',
    sa.Column('step', sa.String(length=24), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('decision_id', sa.Uuid(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('document_no', sa.String(length=60), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.CheckConstraint("status IN ('valid','void')", name=op.f('ck_case_step_status')),
    sa.ForeignKeyConstraint(['case_id'], ['inspection.id'], name=op.f('fk_case_step_case_id_inspection')),
    sa.ForeignKeyConstraint(['decision_id'], ['case_decision.id'], name=op.f('fk_case_step_decision_id_case_decision')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_case_step_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_step'))
    )
    with op.batch_alter_table('case_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_step_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_case_step_case_step', ['case_id', 'step'], unique=False)

    op.create_table('goods_disposition',
    sa.Column('seized_item_id', sa.Uuid(), nullable=True),
    sa.Column('item_name', sa.String(length=300), nullable=False),
    sa.Column('action', sa.String(length=12), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('quantity', app.models.base.DecimalText(length=32), nullable=True),
    sa.Column('appraised_value', sa.Integer(), nullable=True),
    sa.Column('sold_value', sa.Integer(), nullable=True),
    sa.Column('receipt_no', sa.String(length=60), nullable=False),
    sa.Column('agency', sa.String(length=300), nullable=False),
    sa.Column('document_no', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.CheckConstraint("action IN ('tra_lai','tich_thu','ban','tieu_huy','chuyen_giao','xu_ly_ngay')", name=op.f('ck_goods_disposition_action')),
    sa.CheckConstraint("status IN ('valid','void')", name=op.f('ck_goods_disposition_status')),
    sa.ForeignKeyConstraint(['case_id'], ['inspection.id'], name=op.f('fk_goods_disposition_case_id_inspection')),
    sa.ForeignKeyConstraint(['seized_item_id'], ['seized_item.id'], name=op.f('fk_goods_disposition_seized_item_id_seized_item')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_goods_disposition_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goods_disposition'))
    )
    with op.batch_alter_table('goods_disposition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goods_disposition_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_goods_disposition_done_on', ['done_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_goods_disposition_seized_item_id'), ['seized_item_id'], unique=False)

    op.create_table('payment',
    sa.Column('decision_id', sa.Uuid(), nullable=True),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('receipt_no', sa.String(length=60), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('late_amount', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.CheckConstraint("status IN ('valid','void')", name=op.f('ck_payment_status')),
    sa.CheckConstraint('amount >= 0 AND late_amount >= 0', name=op.f('ck_payment_amounts')),
    sa.ForeignKeyConstraint(['case_id'], ['inspection.id'], name=op.f('fk_payment_case_id_inspection')),
    sa.ForeignKeyConstraint(['decision_id'], ['case_decision.id'], name=op.f('fk_payment_decision_id_case_decision')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_payment_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_decision_id'), ['decision_id'], unique=False)
        batch_op.create_index('ix_payment_paid_on', ['paid_on'], unique=False)
    for table, entity in PUSHED.items():
        op.execute(f"CREATE TRIGGER sync_dirty_{table}_insert AFTER INSERT ON {table} "
                   f"BEGIN {_mark('NEW.id', repr(entity))} END")
        op.execute(f"CREATE TRIGGER sync_dirty_{table}_update AFTER UPDATE OF version, "
                   f"deleted_at ON {table} BEGIN {_mark('NEW.id', repr(entity))} END")
    _state_triggers(BEFORE + tuple(PUSHED.values()))


def downgrade() -> None:
    _state_triggers(BEFORE)
    for table in PUSHED:
        op.execute(f"DROP TRIGGER IF EXISTS sync_dirty_{table}_insert")
        op.execute(f"DROP TRIGGER IF EXISTS sync_dirty_{table}_update")
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index('ix_payment_paid_on')
        batch_op.drop_index(batch_op.f('ix_payment_decision_id'))
        batch_op.drop_index(batch_op.f('ix_payment_case_id'))

    op.drop_table('payment')
    with op.batch_alter_table('goods_disposition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goods_disposition_seized_item_id'))
        batch_op.drop_index('ix_goods_disposition_done_on')
        batch_op.drop_index(batch_op.f('ix_goods_disposition_case_id'))

    op.drop_table('goods_disposition')
    with op.batch_alter_table('case_step', schema=None) as batch_op:
        batch_op.drop_index('ix_case_step_case_step')
        batch_op.drop_index(batch_op.f('ix_case_step_case_id'))

    op.drop_table('case_step')
    with op.batch_alter_table('case_decision', schema=None) as batch_op:
        batch_op.drop_index('ix_case_decision_decided')
        batch_op.drop_index(batch_op.f('ix_case_decision_case_id'))

    op.drop_table('case_decision')
    with op.batch_alter_table('accused', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accused_referral_id'))
        batch_op.drop_index(batch_op.f('ix_accused_case_id'))

    op.drop_table('accused')
    with op.batch_alter_table('criminal_referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_criminal_referral_case_id'))

    op.drop_table('criminal_referral')
