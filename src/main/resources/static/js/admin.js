// Newsroom scripts (live preview and label suggestions) are added by the editor.
