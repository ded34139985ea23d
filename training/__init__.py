"""Scripts that train the models the briefing ships."""
