// SceneImaging: placeholder until its issue lands.
