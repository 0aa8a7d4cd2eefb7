// SceneRun: placeholder until its issue lands.
