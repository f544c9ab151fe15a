from tests.sync.support import Laptop


def test_a_case_made_on_one_laptop_reaches_its_colleague(server, unit, laptops, tmp_path):
    a = Laptop.set_up(tmp_path / "a", cases=12, seed=1)
    b = Laptop.set_up(tmp_path / "b", cases=3, seed=2)
    laptops += [a, b]
    a.enrol(server, unit, "Máy anh Hùng")
    b.enrol(server, unit, "Máy chị Lan")
    assert a.sync().pushed["applied"] >= 12
    b.sync()
    assert b.scalar("select count(*) from inspection") == 15
    assert server.count("case", unit) == 15
