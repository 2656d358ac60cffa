"""Demo content for `manage.py load_demo_content`: facts from the programme's documents, our own wording."""
