"""Shapes of our own wording found in the twenty-fourth session: investment approvals counted
with their capital."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_projects_given_approval_bring_a_flow_not_a_total():
    body = (
        "Trong quý I năm 2025, tình hình kinh tế tỉnh Bình Dương tiếp tục khởi sắc.\n\n"
        "Về thu hút đầu tư, toàn tỉnh đã chấp thuận chủ trương cho 9 dự án đầu tư trong nước với "
        "tổng vốn 2.310 tỷ đồng."
    )
    found = facts(body, date(2025, 4, 3), "vi")
    assert ("domestic_capital_period", None, 2.31e12, "2025-01-01", "2025-03-31") in found
