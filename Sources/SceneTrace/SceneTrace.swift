// SceneTrace: placeholder until its issue lands.
