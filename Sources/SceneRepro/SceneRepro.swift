// SceneRepro: placeholder until its issue lands.
