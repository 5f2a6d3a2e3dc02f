-- The read cache's own cost per request: the dataset version read (one primary-key row).
SELECT version FROM dataset_version;
