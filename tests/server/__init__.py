"""Tests of `cfa serve`: the HTTP app, batching, Office.js payloads, the task pane and add-in in Chromium."""
