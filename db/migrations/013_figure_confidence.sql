-- How surely the extractor decided a figure's metric, period and place (0-1, PRODUCT.md §7).
-- Figures stored before this version keep NULL: they were read by the older rules.
ALTER TABLE figures ADD COLUMN confidence DOUBLE;
