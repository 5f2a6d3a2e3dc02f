-- Run once by the postgres image on an empty data directory: one database per service.
CREATE DATABASE events;
CREATE DATABASE agreements;
CREATE DATABASE recognition;
