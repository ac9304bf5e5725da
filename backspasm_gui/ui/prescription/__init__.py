"""The clinician's routine in the window: accepting a prescription, and writing one."""
