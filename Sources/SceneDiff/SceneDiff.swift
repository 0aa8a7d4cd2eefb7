// SceneDiff: placeholder until its issue lands.
