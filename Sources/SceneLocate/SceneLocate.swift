// SceneLocate: placeholder until its issue lands.
