// SceneReport: placeholder until its issue lands.
