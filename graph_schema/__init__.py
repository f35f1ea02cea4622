"""Everything about the graph: connection settings, driver, schema, records, Cypher, reads and writes."""
