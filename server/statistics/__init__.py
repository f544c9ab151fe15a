"""The province's statistics: the fact tables kept from the change feed (feed), the member
agencies' submitted figures (members), the province's combined report (reports) and the
frozen, versioned reports (frozen). The figures themselves come from app.statistics, the
engine the laptops use too."""
