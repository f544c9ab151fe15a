"""The follow-through of a case after the roadside (FOLLOW-THROUGH.md): decisions, payments,
goods, criminal referrals, steps and closure. Qt-free use-cases over app.models.outcome;
they flush, the caller's unit of work commits."""
