"""Customer state analysis: questionnaires, scoring, personality, quadrant, tiers."""
